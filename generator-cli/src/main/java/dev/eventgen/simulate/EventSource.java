package dev.eventgen.simulate;

/** Makes the events a simulation sends, one at a time, in order. */
public interface EventSource {

  /** The next event; never null. */
  Outgoing next();
}
