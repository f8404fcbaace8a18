package dev.eventgen.runtime.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventgen.runtime.EventJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Sample events of an API as its generated records: the {@link Sampler}'s valid payloads read by
 * the API's own mapper into the message's class, and its invalid ones as the JSON a producer would
 * send (no record can hold them: the records refuse them). A generated {@code <Api>Samples}
 * declares one with the API's schema, mapper and message classes.
 *
 * <p>Thread-safe.
 */
public final class EventSamples {

  private final Sampler sampler;
  private final ObjectMapper mapper;
  private final Map<String, Class<?>> classes;
  private final Map<Class<?>, String> names = new LinkedHashMap<>();

  /**
   * @param sampler makes the payloads
   * @param mapper the API's mapper ({@code <Api>Json.mapper()})
   * @param classes the class each message is read as, by message name; a class several messages
   *     share stands for the first of them
   */
  public EventSamples(Sampler sampler, ObjectMapper mapper, Map<String, Class<?>> classes) {
    this.sampler = Objects.requireNonNull(sampler, "sampler");
    this.mapper = Objects.requireNonNull(mapper, "mapper");
    this.classes = Map.copyOf(classes);
    for (String name : sampler.schema().messageNames()) {
      Class<?> type = classes.get(name);
      if (type == null) {
        throw new IllegalArgumentException("no class for message '" + name + "'");
      }
      names.putIfAbsent(type, name);
    }
  }

  /** The sampler the payloads come from. */
  public Sampler sampler() {
    return sampler;
  }

  /** The names of the API's messages, in the spec's order. */
  public List<String> messageNames() {
    return sampler.schema().messageNames();
  }

  /**
   * The message a class is read for.
   *
   * @throws IllegalArgumentException if no message is read as {@code type}
   */
  public String messageName(Class<?> type) {
    String name = names.get(type);
    if (name == null) {
      throw new IllegalArgumentException(type.getName() + " is the class of no message");
    }
    return name;
  }

  /**
   * A valid payload of the message as UTF-8 JSON; the same for the same seed.
   *
   * @throws IllegalArgumentException if the API has no such message
   * @throws SampleException if the schema admits no value the sampler can find
   */
  public byte[] validJson(String messageName, long seed) {
    return sampler.valid(messageName, seed).toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A valid event of the message, read by the API's mapper; the same for the same seed.
   *
   * @throws IllegalArgumentException if the API has no such message
   * @throws SampleException if the schema admits no value the sampler can find
   * @throws IllegalStateException if the record refuses the sample (a fault of the sampler)
   */
  public Object valid(String messageName, long seed) {
    JsonNode payload = sampler.valid(messageName, seed);
    Class<?> type = classes.get(messageName);
    try {
      return EventJson.reader(mapper, type).readValue(payload.toString());
    } catch (IOException e) {
      throw new IllegalStateException(
          "the sample of " + messageName + " for seed " + seed + " is refused: " + e.getMessage(),
          e);
    }
  }

  /**
   * A valid event of the class's message; the same for the same seed.
   *
   * @throws IllegalArgumentException if no message is read as {@code type}
   */
  public <E> E valid(Class<E> type, long seed) {
    return type.cast(valid(messageName(type), seed));
  }

  /**
   * Every single-rule violation of the message's valid payload of the same seed, labelled with the
   * rule it breaks and where.
   *
   * @throws IllegalArgumentException if the API has no such message
   */
  public List<InvalidSample> invalid(String messageName, long seed) {
    return sampler.invalid(messageName, seed);
  }

  /** Every single-rule violation of the class's message, as {@link #invalid(String, long)}. */
  public List<InvalidSample> invalid(Class<?> type, long seed) {
    return invalid(messageName(type), seed);
  }
}
