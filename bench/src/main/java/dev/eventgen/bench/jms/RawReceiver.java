package dev.eventgen.bench.jms;

import com.acme.cvp.jms.CvpJmsDispatcher;
import jakarta.jms.JMSException;
import jakarta.jms.Message;

/** What the generated subscriber does per message, for raw client-acknowledged consumers. */
final class RawReceiver {

  private RawReceiver() {}

  /** Dispatches, then acknowledges: at-least-once, one acknowledgement per message. */
  static void deliverAndAcknowledge(CvpJmsDispatcher dispatcher, Message message) {
    dispatcher.onMessage(message);
    try {
      message.acknowledge();
    } catch (JMSException e) {
      throw new IllegalStateException("acknowledge failed", e);
    }
  }
}
