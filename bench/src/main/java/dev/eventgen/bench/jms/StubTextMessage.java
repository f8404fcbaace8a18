package dev.eventgen.bench.jms;

import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.TextMessage;
import java.util.Map;

/** A received text message: its text is held as the provider would hand it out. */
final class StubTextMessage extends StubMessage implements TextMessage {

  private final String text;

  StubTextMessage(
      Destination destination,
      String messageId,
      String correlationId,
      String type,
      long timestamp,
      Map<String, Object> properties,
      String text) {
    super(destination, messageId, correlationId, type, timestamp, properties);
    this.text = text;
  }

  @Override
  public String getText() {
    return text;
  }

  @Override
  public void setText(String text) throws JMSException {
    clearBody();
  }
}
