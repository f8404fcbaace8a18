package dev.eventgen.simulate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventgen.model.Message;
import dev.eventgen.runtime.testkit.InvalidSample;

/**
 * One event to send.
 *
 * @param message the spec's message
 * @param payload the payload as JSON
 * @param broken the rule the payload breaks, or null for a valid one
 */
public record Outgoing(Message message, JsonNode payload, InvalidSample broken) {

  public boolean valid() {
    return broken == null;
  }
}
