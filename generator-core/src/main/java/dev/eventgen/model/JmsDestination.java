package dev.eventgen.model;

/** A channel's JMS binding: destination name and kind ({@code x-destinationType} wins). */
public record JmsDestination(String destination, Kind kind) {

  /** JMS destination kinds; binding 0.0.1 lacks {@code topic}, so it comes from an extension. */
  public enum Kind {
    TOPIC,
    QUEUE,
    FIFO_QUEUE
  }
}
