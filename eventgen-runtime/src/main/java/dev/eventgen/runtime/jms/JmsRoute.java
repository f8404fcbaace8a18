package dev.eventgen.runtime.jms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.eventgen.runtime.EventContext;
import dev.eventgen.runtime.EventJson;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * One row of a generated routing table: how a message of the spec is recognized, read and
 * delivered. {@link JmsDispatcher} chooses the route of a received message by its destination's
 * channel, then its {@code JMSType} (the {@link #messageName()}), then the payload's discriminating
 * field.
 *
 * @param messageName the spec's message name, as sent in {@code JMSType}
 * @param reader reads the body as the message's class (prepared once)
 * @param discriminator the payload field telling the messages of a channel apart, or null; the
 *     message's class must refuse any other value of it (generated records check the constant), so
 *     a payload of another message fails to read and is then found {@link #namesAnother}
 * @param value the discriminator's value for this message, or null
 * @param target the listener's typed method
 * @param requiredHeaders the JMS properties the spec's message headers schema requires
 * @param <T> the message's class
 */
public record JmsRoute<T>(
    String messageName,
    ObjectReader reader,
    String discriminator,
    String value,
    BiConsumer<? super T, EventContext> target,
    List<String> requiredHeaders) {
  /** Checks that name, reader and target are present; copies the required headers. */
  public JmsRoute {
    Objects.requireNonNull(messageName, "messageName");
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(target, "target");
    requiredHeaders = List.copyOf(requiredHeaders);
  }

  /**
   * A route reading {@code type} with {@code mapper}.
   *
   * @param messageName the spec's message name
   * @param mapper the API's mapper
   * @param type the message's class
   * @param discriminator the payload field telling the messages of a channel apart, or null
   * @param value its value for this message, or null
   * @param target the listener's typed method
   * @param <T> the message's class
   */
  public static <T> JmsRoute<T> of(
      String messageName,
      ObjectMapper mapper,
      Class<T> type,
      String discriminator,
      String value,
      BiConsumer<? super T, EventContext> target) {
    return of(messageName, mapper, type, discriminator, value, target, List.of());
  }

  /**
   * A route reading {@code type} with {@code mapper}, for a message whose headers schema requires
   * JMS properties.
   *
   * @param messageName the spec's message name
   * @param mapper the API's mapper
   * @param type the message's class
   * @param discriminator the payload field telling the messages of a channel apart, or null
   * @param value its value for this message, or null
   * @param target the listener's typed method
   * @param requiredHeaders the JMS properties a message must carry (see {@link
   *     JmsDispatcher.Options#requireHeaders})
   * @param <T> the message's class
   */
  public static <T> JmsRoute<T> of(
      String messageName,
      ObjectMapper mapper,
      Class<T> type,
      String discriminator,
      String value,
      BiConsumer<? super T, EventContext> target,
      List<String> requiredHeaders) {
    return new JmsRoute<>(
        messageName, EventJson.reader(mapper, type), discriminator, value, target, requiredHeaders);
  }

  /**
   * Whether the payload's discriminating field holds a value, but not this route's: the payload is
   * of another message (one the channel does not carry, or none of the API).
   */
  public boolean namesAnother(JsonNode payload) {
    JsonNode held = discriminator == null ? null : payload.get(discriminator);
    return held != null && !held.isNull() && !held.asText().equals(value);
  }

  /** Whether the payload's discriminating field holds this route's value. */
  public boolean matches(JsonNode payload) {
    return discriminator != null && payload.path(discriminator).asText().equals(value);
  }
}
