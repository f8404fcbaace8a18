package dev.eventgen.demo.model;

import dev.eventgen.runtime.Checks;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** Payload of the demo StartedEvent. */
public record Started(
    String eventType, UUID id, OffsetDateTime at, Color color, Source source, Long count)
    implements DemoEvent {

  public Started {
    Objects.requireNonNull(eventType, "Started.eventType is required");
    Objects.requireNonNull(id, "Started.id is required");
    Checks.constant(eventType, "demo.started", "Started.eventType");
  }
}
