package dev.eventgen.runtime.jms;

import dev.eventgen.runtime.EventContext;
import jakarta.jms.BytesMessage;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the body and headers of received JMS messages. */
public final class JmsMessages {
  private JmsMessages() {}

  /**
   * The body as bytes: a text message's text as UTF-8, or a bytes message's bytes; null for other
   * kinds of message.
   */
  public static byte[] body(Message message) throws JMSException {
    if (message instanceof TextMessage text) {
      String body = text.getText();
      return body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    }
    if (message instanceof BytesMessage bytes) {
      bytes.reset();
      byte[] body = new byte[Math.toIntExact(bytes.getBodyLength())];
      bytes.readBytes(body);
      return body;
    }
    return null;
  }

  /**
   * The headers of {@link #headers}, read from the message when first asked for: most listeners
   * never read them, and building them is most of what delivery allocates beyond the JSON. JMS lets
   * a received message be read after its session and connection are closed. A message whose headers
   * cannot be read then throws {@link IllegalStateException} from the map.
   */
  public static EventContext.Headers lazyHeaders(Message message) {
    return new EventContext.Headers(
        () -> {
          try {
            return headers(message);
          } catch (JMSException e) {
            throw new IllegalStateException("cannot read the JMS headers: " + e.getMessage(), e);
          }
        });
  }

  /** The JMS headers that are set, then every property, in that order. */
  public static Map<String, Object> headers(Message message) throws JMSException {
    Map<String, Object> headers = new LinkedHashMap<>();
    putIfPresent(headers, "JMSMessageID", message.getJMSMessageID());
    putIfPresent(headers, "JMSCorrelationID", message.getJMSCorrelationID());
    putIfPresent(headers, "JMSType", message.getJMSType());
    headers.put("JMSTimestamp", message.getJMSTimestamp());
    putIfPresent(headers, "JMSDestination", destinationName(message.getJMSDestination()));
    putIfPresent(headers, "JMSReplyTo", destinationName(message.getJMSReplyTo()));
    headers.put(
        "JMSDeliveryMode",
        message.getJMSDeliveryMode() == DeliveryMode.PERSISTENT ? "PERSISTENT" : "NON_PERSISTENT");
    headers.put("JMSPriority", message.getJMSPriority());
    headers.put("JMSExpiration", message.getJMSExpiration());
    headers.put("JMSRedelivered", message.getJMSRedelivered());
    Enumeration<?> names = message.getPropertyNames();
    while (names.hasMoreElements()) {
      String name = (String) names.nextElement();
      headers.put(name, message.getObjectProperty(name));
    }
    return headers;
  }

  private static void putIfPresent(Map<String, Object> headers, String name, Object value) {
    if (value != null) {
      headers.put(name, value);
    }
  }

  /** A topic's or queue's name, or null for no destination. */
  public static String destinationName(Destination destination) throws JMSException {
    if (destination instanceof Topic topic) {
      return topic.getTopicName();
    }
    if (destination instanceof Queue queue) {
      return queue.getQueueName();
    }
    return destination == null ? null : destination.toString();
  }
}
