package dev.eventgen.it.syslog;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Polls a condition for up to 20 seconds; fails with the state seen at the deadline. */
final class Waiting {

  private Waiting() {}

  static void until(BooleanSupplier condition, Supplier<Object> state) throws InterruptedException {
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out; state: " + state.get());
      }
      Thread.sleep(10);
    }
  }
}
