package dev.eventgen.simulate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventgen.model.Message;
import dev.eventgen.runtime.testkit.InvalidSample;
import dev.eventgen.sampling.SampleGenerator;
import java.util.List;
import java.util.Random;

/**
 * Independent random events: each of a random message among those sent, valid, or with probability
 * {@code invalidShare} breaking one rule of its schema.
 */
public final class RandomTraffic implements EventSource {

  private final SampleGenerator samples;
  private final List<Message> messages;
  private final double invalidShare;
  private final Random random;

  /**
   * @param messages the messages to choose from; not empty
   * @param invalidShare 0 to 1
   */
  public RandomTraffic(
      SampleGenerator samples, List<Message> messages, double invalidShare, Random random) {
    if (messages.isEmpty()) {
      throw new IllegalArgumentException("no message to send");
    }
    this.samples = samples;
    this.messages = List.copyOf(messages);
    this.invalidShare = invalidShare;
    this.random = random;
  }

  @Override
  public Outgoing next() {
    Message message = messages.get(random.nextInt(messages.size()));
    return event(samples, message, samples.valid(message, random), invalidShare, random);
  }

  /** The event of a valid payload, broken at random with probability {@code invalidShare}. */
  static Outgoing event(
      SampleGenerator samples,
      Message message,
      JsonNode valid,
      double invalidShare,
      Random random) {
    if (invalidShare > 0 && random.nextDouble() < invalidShare) {
      List<InvalidSample> broken = samples.invalid(message, valid, random);
      if (!broken.isEmpty()) {
        InvalidSample chosen = broken.get(random.nextInt(broken.size()));
        return new Outgoing(message, chosen.payload(), chosen);
      }
    }
    return new Outgoing(message, valid, null);
  }
}
