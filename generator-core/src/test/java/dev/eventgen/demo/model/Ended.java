package dev.eventgen.demo.model;

import dev.eventgen.runtime.Checks;
import java.util.Objects;
import java.util.UUID;

/** Payload of the demo EndedEvent. */
public record Ended(String eventType, UUID id, long durationSeconds) implements DemoEvent {

  public Ended {
    Objects.requireNonNull(eventType, "Ended.eventType is required");
    Objects.requireNonNull(id, "Ended.id is required");
    Checks.constant(eventType, "demo.ended", "Ended.eventType");
  }
}
