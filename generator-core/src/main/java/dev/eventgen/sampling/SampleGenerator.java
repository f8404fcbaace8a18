package dev.eventgen.sampling;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventgen.model.Api;
import dev.eventgen.model.Message;
import dev.eventgen.model.PayloadType;
import dev.eventgen.runtime.testkit.InvalidSample;
import dev.eventgen.runtime.testkit.SampleException;
import dev.eventgen.runtime.testkit.SampleSchema;
import dev.eventgen.runtime.testkit.Sampler;
import dev.eventgen.runtime.testkit.ValueHints;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Random instances of an API's message payloads, by the model's messages and types: the runtime's
 * {@link Sampler} (the one the generated test kit uses) over the API's {@link SampleSchemas}.
 *
 * <pre>{@code
 * SampleGenerator samples = new SampleGenerator(api);
 * JsonNode payload = samples.valid(message, 42);
 * List<InvalidSample> broken = samples.invalid(message, 42);
 * }</pre>
 */
public final class SampleGenerator {

  private final Api api;
  private final Sampler sampler;

  public SampleGenerator(Api api) {
    this(api, ValueHints.NONE);
  }

  /**
   * @param hints realistic values by field name, used where the schema accepts them
   */
  public SampleGenerator(Api api, ValueHints hints) {
    this.api = Objects.requireNonNull(api, "api");
    this.sampler = new Sampler(SampleSchema.of(SampleSchemas.document(api)), hints);
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
    return sampler.valid(message.name(), seed);
  }

  /** A valid payload drawn from {@code random}. */
  public JsonNode valid(Message message, Random random) {
    return sampler.valid(message.name(), random);
  }

  /**
   * A valid value of one field: the hint for its name if the schema accepts it, else one from the
   * schema.
   *
   * @throws SampleException if the schema admits no value this generator can find
   */
  public JsonNode value(String name, PayloadType type, Random random) {
    return sampler.value(name, SampleSchemas.type(type), random);
  }

  /** True if {@code value} is acceptable for a scalar or enum type (others are not judged). */
  public boolean accepts(PayloadType type, JsonNode value) {
    return sampler.accepts(SampleSchemas.type(type), value);
  }

  /**
   * Every single-rule violation of the valid payload of the same seed, in document order.
   *
   * @throws SampleException if the schema admits no valid value to start from
   */
  public List<InvalidSample> invalid(Message message, long seed) {
    return sampler.invalid(message.name(), seed);
  }

  /** Every single-rule violation of {@code valid}, a valid payload of the message. */
  public List<InvalidSample> invalid(Message message, JsonNode valid, Random random) {
    return sampler.invalid(message.name(), valid, random);
  }
}
