package dev.eventgen.bench.jms;

import com.acme.cvp.jms.CvpJmsChannel;
import com.acme.cvp.model.CvpJson;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The least a hand-written consumer does: one {@code AUTO_ACKNOWLEDGE} session and message
 * listener per channel (as the generated subscriber has), the record type looked up by {@code
 * JMSType}, the text read with a Jackson reader prepared per type; nothing checked beyond what
 * Jackson and the records check.
 */
final class RawJacksonReceiver implements BrokerThroughput.Receiving {

  private final Connection connection;
  private final Map<String, ObjectReader> readers = new HashMap<>();
  private final AtomicLong delivered = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();

  private RawJacksonReceiver(Connection connection) {
    this.connection = connection;
  }

  static RawJacksonReceiver open(ConnectionFactory factory) throws JMSException {
    RawJacksonReceiver receiver = new RawJacksonReceiver(factory.createConnection());
    for (CvpJmsChannel channel : CvpJmsChannel.values()) {
      for (String name : channel.messageNames()) {
        try {
          receiver.readers.put(
              name, CvpJson.mapper().readerFor(Class.forName("com.acme.cvp.model." + name)));
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException("no generated class for " + name, e);
        }
      }
      Session session = receiver.connection.createSession(Session.AUTO_ACKNOWLEDGE);
      MessageConsumer consumer = session.createConsumer(channel.createDestination(session));
      consumer.setMessageListener(receiver::onMessage);
    }
    receiver.connection.start();
    return receiver;
  }

  private void onMessage(Message message) {
    try {
      Object event = readers.get(message.getJMSType()).readValue(((TextMessage) message).getText());
      if (event != null) {
        delivered.incrementAndGet();
      }
    } catch (JMSException | IOException | RuntimeException e) {
      failed.incrementAndGet();
    }
  }

  @Override
  public java.util.function.LongSupplier delivered() {
    return delivered::get;
  }

  /** Messages that did not read; a run with any is wrong. */
  long failed() {
    return failed.get();
  }

  @Override
  public void close() throws JMSException {
    connection.close();
  }
}
