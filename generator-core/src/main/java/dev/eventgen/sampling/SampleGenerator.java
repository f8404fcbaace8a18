package dev.eventgen.sampling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.eventgen.model.Api;
import dev.eventgen.model.Message;
import dev.eventgen.model.PayloadType;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Random instances of an API's message payloads, made from the spec's own facets: valid ones that
 * the generated records accept, and invalid ones that each break exactly one rule ({@link Rule}).
 * The same seed gives the same instances.
 *
 * <pre>{@code
 * SampleGenerator samples = new SampleGenerator(api);
 * JsonNode payload = samples.valid(message, 42);
 * List<InvalidSample> broken = samples.invalid(message, 42);
 * }</pre>
 */
public final class SampleGenerator {

  private final Api api;
  private final ValueHints hints;

  public SampleGenerator(Api api) {
    this(api, ValueHints.NONE);
  }

  /**
   * @param hints realistic values by field name, used where the schema accepts them
   */
  public SampleGenerator(Api api, ValueHints hints) {
    this.api = Objects.requireNonNull(api, "api");
    this.hints = Objects.requireNonNull(hints, "hints");
  }

  public Api api() {
    return api;
  }

  /**
   * A valid payload of the message; the same for the same seed.
   *
   * @throws SampleException if the schema admits no value this generator can find
   */
  public JsonNode valid(Message message, long seed) {
    return valid(message, new Random(seed));
  }

  /** A valid payload drawn from {@code random}. */
  public JsonNode valid(Message message, Random random) {
    PayloadType payload = message.payload();
    if (payload == null) {
      return JsonNodeFactory.instance.objectNode(); // no schema: any JSON goes
    }
    return new Instances(api, hints, random).of(payload, "", 0);
  }

  /**
   * A valid value of one field: the hint for its name if the schema accepts it, else one from the
   * schema.
   *
   * @throws SampleException if the schema admits no value this generator can find
   */
  public JsonNode value(String name, PayloadType type, Random random) {
    JsonNode hinted = hints.suggest(name, type, random);
    if (hinted != null && Facets.accepts(api, type, hinted)) {
      return hinted;
    }
    return new Instances(api, hints, random).of(type, "/" + name, 1);
  }

  /**
   * Every single-rule violation of the valid payload of the same seed, in document order.
   *
   * @throws SampleException if the schema admits no valid value to start from
   */
  public List<InvalidSample> invalid(Message message, long seed) {
    Random random = new Random(seed);
    return invalid(message, valid(message, random), random);
  }

  /** Every single-rule violation of {@code valid}, a valid payload of the message. */
  public List<InvalidSample> invalid(Message message, JsonNode valid, Random random) {
    if (message.payload() == null) {
      return List.of();
    }
    Instances instances = new Instances(api, hints, random);
    return Violations.of(api, instances, random, message.payload(), valid);
  }
}
