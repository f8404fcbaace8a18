package dev.eventgen.runtime.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Random instances of an API's message payloads, made from the spec's own facets: valid ones that
 * the generated records accept, and invalid ones that each break exactly one rule ({@link Rule}).
 * The same seed gives the same instances.
 *
 * <pre>{@code
 * Sampler samples = new Sampler(SampleSchema.parse(json));
 * JsonNode payload = samples.valid("CallStartedEvent", 42);
 * List<InvalidSample> broken = samples.invalid("CallStartedEvent", 42);
 * }</pre>
 *
 * <p>Thread-safe: each call draws from its own {@link Random} (or the one it is given).
 */
public final class Sampler {

  private final SampleSchema schema;
  private final ValueHints hints;
  private final Unions.Roles roles;

  /** A sampler with values from the schema alone. */
  public Sampler(SampleSchema schema) {
    this(schema, ValueHints.NONE);
  }

  /**
   * @param hints realistic values by field name, used where the schema accepts them
   */
  public Sampler(SampleSchema schema, ValueHints hints) {
    this.schema = Objects.requireNonNull(schema, "schema");
    this.hints = Objects.requireNonNull(hints, "hints");
    this.roles = Unions.Roles.of(schema);
  }

  /** The schema samples are made from. */
  public SampleSchema schema() {
    return schema;
  }

  /**
   * A valid payload of the message; the same for the same seed.
   *
   * @throws IllegalArgumentException if the API has no such message
   * @throws SampleException if the schema admits no value this generator can find
   */
  public JsonNode valid(String message, long seed) {
    return valid(message, new Random(seed));
  }

  /** A valid payload drawn from {@code random}. */
  public JsonNode valid(String message, Random random) {
    JsonNode payload = schema.message(message);
    if (payload.isNull()) {
      return JsonNodeFactory.instance.objectNode(); // no schema: any JSON goes
    }
    return instances(random).of(payload, "", 0);
  }

  /**
   * A valid value of one field of the given type: the hint for its name if the schema accepts it,
   * else one from the schema.
   *
   * @throws SampleException if the schema admits no value this generator can find
   */
  public JsonNode value(String name, JsonNode type, Random random) {
    return instances(random).field(name, type, "/" + Instances.escape(name), 0);
  }

  /**
   * True if {@code value} is acceptable for a scalar or enum {@code type}; objects, lists and maps
   * are not judged (false).
   */
  public boolean accepts(JsonNode type, JsonNode value) {
    return Facets.accepts(schema, type, value);
  }

  /**
   * Every single-rule violation of the valid payload of the same seed, in document order.
   *
   * @throws IllegalArgumentException if the API has no such message
   * @throws SampleException if the schema admits no valid value to start from
   */
  public List<InvalidSample> invalid(String message, long seed) {
    Random random = new Random(seed);
    return invalid(message, valid(message, random), random);
  }

  /** Every single-rule violation of {@code valid}, a valid payload of the message. */
  public List<InvalidSample> invalid(String message, JsonNode valid, Random random) {
    JsonNode payload = schema.message(message);
    if (payload.isNull()) {
      return List.of();
    }
    return Violations.of(schema, instances(random), random, payload, valid);
  }

  private Instances instances(Random random) {
    return new Instances(schema, roles, hints, random);
  }
}
