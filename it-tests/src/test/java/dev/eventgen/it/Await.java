package dev.eventgen.it;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Bounded waiting: poll a condition until it holds or the deadline passes. */
public final class Await {

  public static final Duration TIMEOUT = Duration.ofSeconds(20);

  private Await() {}

  public static void until(String what, BooleanSupplier condition) {
    until(what, condition, () -> "");
  }

  /** Fails with {@code what} and the {@code state} at the deadline if the condition never held. */
  public static void until(String what, BooleanSupplier condition, Supplier<Object> state) {
    until(TIMEOUT, what, condition, state);
  }

  /** As {@link #until(String, BooleanSupplier, Supplier)}, with a deadline of its own. */
  public static void until(
      Duration timeout, String what, BooleanSupplier condition, Supplier<Object> state) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "timed out after " + timeout + " waiting for " + what + "; " + state.get());
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting for " + what, e);
      }
    }
  }
}
