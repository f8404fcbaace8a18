package dev.eventgen.simulate;

import dev.eventgen.emit.jms.HeaderMapping;
import dev.eventgen.model.Api;
import dev.eventgen.model.Channel;
import dev.eventgen.model.JmsDestination;
import dev.eventgen.model.Message;
import dev.eventgen.runtime.EventJson;
import dev.eventgen.runtime.jms.JmsChannel;
import dev.eventgen.runtime.jms.JmsPublisher;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends events to the JMS destinations of their channels, as the spec's producer would: the JSON
 * payload as a text message, {@code JMSType} the message name, {@code JMSCorrelationID} and the
 * application headers (JMS properties) filled from the payload the way generated publishers do. A
 * channel's destination comes from its JMS binding, or else is its address, as a topic.
 */
public final class JmsSink implements EventSink {

  /** A channel of the spec as the runtime's publisher sees it. */
  record Destination(String address, String destination, Kind kind, List<String> messageNames)
      implements JmsChannel {}

  private final String name;
  private final Map<String, Destination> byMessage = new LinkedHashMap<>();
  private final Map<String, List<JmsPublisher.Property>> headers = new LinkedHashMap<>();
  private final Map<String, String> correlation = new LinkedHashMap<>();
  private final JmsPublisher publisher;

  /**
   * Connects.
   *
   * @param name what it is, for messages
   * @throws JMSException if the broker cannot be reached
   */
  public JmsSink(Api api, ConnectionFactory factory, String name) throws JMSException {
    this.name = name;
    List<Destination> destinations = new ArrayList<>();
    for (Channel channel : api.channels()) {
      Destination destination = destinationOf(channel);
      if (destination == null) {
        continue;
      }
      destinations.add(destination);
      channel.messageNames().forEach(m -> byMessage.putIfAbsent(m, destination));
    }
    HeaderMapping mapping = new HeaderMapping(api);
    for (Message message : api.messages()) {
      headers.put(
          message.name(),
          mapping.headers(message).stream()
              .filter(h -> h.pointer() != null)
              .map(
                  h ->
                      new JmsPublisher.Property(
                          h.name(),
                          h.pointer(),
                          JmsPublisher.Property.Kind.valueOf(h.kind().name())))
              .toList());
      String pointer = mapping.correlationPointer(message);
      if (pointer != null) {
        correlation.put(message.name(), pointer);
      }
    }
    this.publisher =
        new JmsPublisher(factory, DeliveryMode.NON_PERSISTENT, EventJson.newMapper(), destinations);
  }

  /** The channel's destination, or null if it has neither a JMS binding nor an address. */
  static Destination destinationOf(Channel channel) {
    JmsDestination jms = channel.jms();
    String address = channel.address() == null ? channel.name() : channel.address();
    if (jms != null) {
      JmsChannel.Kind kind =
          jms.kind() == JmsDestination.Kind.TOPIC ? JmsChannel.Kind.TOPIC : JmsChannel.Kind.QUEUE;
      return new Destination(address, jms.destination(), kind, channel.messageNames());
    }
    if (channel.address() == null || channel.address().contains("{")) {
      return null; // a parameterised address names no one destination
    }
    return new Destination(
        address, channel.address(), JmsChannel.Kind.TOPIC, channel.messageNames());
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public boolean carries(Message message) {
    return byMessage.containsKey(message.name());
  }

  @Override
  public void send(Outgoing event) throws JMSException {
    String message = event.message().name();
    publisher.send(
        byMessage.get(message),
        message,
        event.payload(),
        correlation.get(message),
        headers.getOrDefault(message, List.of()));
  }

  @Override
  public void close() throws JMSException {
    publisher.close();
  }
}
