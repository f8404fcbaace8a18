package dev.eventgen.runtime.jms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Publishes events as JMS text messages holding the JSON payload, for tests, simulators and
 * producer side tools. Generated code extends it with one {@code publish<Message>} method per
 * message of the API ({@code <Api>JmsPublisher}). Each message carries {@code JMSType} (the spec's
 * message name), {@code JMSCorrelationID} where the spec locates one in the payload, and the spec's
 * application headers as JMS properties, so consumers can select on them.
 *
 * <p>Thread-safe: sends are serialized on one session. Close it to release the connection.
 */
public class JmsPublisher implements AutoCloseable {
  private final ObjectMapper mapper;

  private final Connection connection;

  private final Session session;

  private final MessageProducer producer;

  private final Map<JmsChannel, Destination> destinations = new HashMap<>();

  /**
   * A publisher on a connection of its own.
   *
   * @param factory the provider's connection factory
   * @param deliveryMode {@link DeliveryMode#PERSISTENT} or {@link DeliveryMode#NON_PERSISTENT}
   * @param mapper writes the payloads
   * @param channels the channels it may send to
   * @throws JMSException if the connection or session cannot be made; nothing is left open
   */
  public JmsPublisher(
      ConnectionFactory factory,
      int deliveryMode,
      ObjectMapper mapper,
      List<? extends JmsChannel> channels)
      throws JMSException {
    this.mapper = Objects.requireNonNull(mapper, "mapper");
    this.connection = factory.createConnection();
    try {
      this.session = connection.createSession(Session.AUTO_ACKNOWLEDGE);
      this.producer = session.createProducer(null);
      producer.setDeliveryMode(deliveryMode);
      for (JmsChannel channel : channels) {
        destinations.put(channel, channel.createDestination(session));
      }
    } catch (JMSException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  /**
   * Sends an event to a channel.
   *
   * @param channel where to; it must carry {@code type}
   * @param type the spec's message name, sent as {@code JMSType}
   * @param event the event, written as JSON
   * @param correlationPointer JSON pointer of the payload field sent as {@code JMSCorrelationID},
   *     or null
   * @param properties the application headers, set from the payload
   * @throws IllegalArgumentException if the channel does not carry {@code type}
   */
  public synchronized void send(
      JmsChannel channel,
      String type,
      Object event,
      String correlationPointer,
      List<Property> properties)
      throws JMSException {
    Objects.requireNonNull(event, "event");
    Destination destination = destinations.get(channel);
    if (destination == null || !channel.messageNames().contains(type)) {
      throw new IllegalArgumentException(
          type + " is not a message of channel " + channel.destination());
    }
    JsonNode payload = mapper.valueToTree(event);
    TextMessage message = session.createTextMessage(payload.toString());
    message.setJMSType(type);
    if (correlationPointer != null) {
      JsonNode id = payload.at(correlationPointer);
      if (id.isValueNode() && !id.isNull()) {
        message.setJMSCorrelationID(id.asText());
      }
    }
    for (Property property : properties) {
      property.set(message, payload);
    }
    producer.send(destination, message);
  }

  /** Closes the connection; sends in progress complete first. */
  @Override
  public void close() throws JMSException {
    connection.close();
  }

  /**
   * A JMS property set from the payload field at a JSON pointer, if that field has a value.
   *
   * @param name the property name
   * @param pointer JSON pointer of the payload field, e.g. {@code /source/hostname}
   * @param kind the property's JMS type
   */
  public record Property(String name, String pointer, Kind kind) {
    /** Checks that every part is present. */
    public Property {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(pointer, "pointer");
      Objects.requireNonNull(kind, "kind");
    }

    /** A string property ({@code setStringProperty}) from the field at {@code pointer}. */
    public static Property string(String name, String pointer) {
      return new Property(name, pointer, Kind.STRING);
    }

    /** An int property ({@code setIntProperty}) from the field at {@code pointer}. */
    public static Property integer(String name, String pointer) {
      return new Property(name, pointer, Kind.INT);
    }

    /** A long property ({@code setLongProperty}) from the field at {@code pointer}. */
    public static Property longInteger(String name, String pointer) {
      return new Property(name, pointer, Kind.LONG);
    }

    /** A double property ({@code setDoubleProperty}) from the field at {@code pointer}. */
    public static Property number(String name, String pointer) {
      return new Property(name, pointer, Kind.DOUBLE);
    }

    /** A boolean property ({@code setBooleanProperty}) from the field at {@code pointer}. */
    public static Property bool(String name, String pointer) {
      return new Property(name, pointer, Kind.BOOLEAN);
    }

    /** Sets the property on {@code message} if the payload has a value there. */
    void set(Message message, JsonNode payload) throws JMSException {
      JsonNode value = payload.at(pointer);
      if (!value.isValueNode() || value.isNull()) {
        return;
      }
      switch (kind) {
        case INT -> message.setIntProperty(name, value.asInt());
        case LONG -> message.setLongProperty(name, value.asLong());
        case DOUBLE -> message.setDoubleProperty(name, value.asDouble());
        case BOOLEAN -> message.setBooleanProperty(name, value.asBoolean());
        default -> message.setStringProperty(name, value.asText());
      }
    }

    /** JMS property types. */
    public enum Kind {
      /** {@code setStringProperty}. */
      STRING,

      /** {@code setIntProperty}. */
      INT,

      /** {@code setLongProperty}. */
      LONG,

      /** {@code setDoubleProperty}. */
      DOUBLE,

      /** {@code setBooleanProperty}. */
      BOOLEAN
    }
  }
}
