package dev.eventgen.simulate;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends the events of a source to every sink that carries each, at a steady rate, until a count or
 * a duration is reached, printing a progress line about once a second. A failed send is counted and
 * the run goes on; the first failure of each sink is printed.
 */
public final class Simulation {

  /**
   * What a run did.
   *
   * @param events events made by the source
   * @param sent sends that succeeded (an event carried by two transports is sent twice)
   * @param invalid events that broke a rule on purpose
   * @param errors sends that failed
   * @param elapsed how long it took
   */
  public record Totals(long events, long sent, long invalid, long errors, Duration elapsed) {

    /** Events made per second. */
    public double rate() {
      double seconds = elapsed.toNanos() / 1e9;
      return seconds <= 0 ? 0 : events / seconds;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%d events (%d invalid), %.1f/s, %d sent, %d errors, %.1f s",
          events,
          invalid,
          rate(),
          sent,
          errors,
          elapsed.toNanos() / 1e9);
    }
  }

  private final long progressEveryNanos;

  private final EventSource source;
  private final List<EventSink> sinks;
  private final PrintWriter progress;
  private final boolean overwrite;

  /**
   * @param progress where the progress line goes (stderr), or null for none
   * @param every how often it is printed
   * @param overwrite rewrite one line ({@code \r}, for a terminal) instead of adding lines
   */
  public Simulation(
      EventSource source,
      List<EventSink> sinks,
      PrintWriter progress,
      Duration every,
      boolean overwrite) {
    this.source = source;
    this.sinks = List.copyOf(sinks);
    this.progress = progress;
    this.progressEveryNanos = every.toNanos();
    this.overwrite = overwrite;
  }

  /**
   * Runs until {@code count} events were made or {@code duration} passed, whichever first.
   *
   * @param ratePerSecond events per second; 0 or less for as fast as possible
   * @param count how many events, or 0 for no limit
   * @param duration how long, or null for no limit
   */
  public Totals run(double ratePerSecond, long count, Duration duration) {
    long start = System.nanoTime();
    long deadline = duration == null ? Long.MAX_VALUE : start + duration.toNanos();
    long interval = ratePerSecond > 0 ? (long) (1e9 / ratePerSecond) : 0;
    long events = 0;
    long sent = 0;
    long invalid = 0;
    long errors = 0;
    long nextProgress = start + progressEveryNanos;
    List<EventSink> failedOnce = new ArrayList<>();
    while ((count <= 0 || events < count) && System.nanoTime() < deadline) {
      long due = start + events * interval;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(Math.min(wait, deadline - System.nanoTime()));
        if (System.nanoTime() >= deadline) {
          break;
        }
      }
      Outgoing event = source.next();
      events++;
      if (!event.valid()) {
        invalid++;
      }
      for (EventSink sink : sinks) {
        if (!sink.carries(event.message())) {
          continue;
        }
        try {
          sink.send(event);
          sent++;
        } catch (Exception e) {
          errors++;
          if (progress != null && !failedOnce.contains(sink)) {
            failedOnce.add(sink);
            progress.printf(
                "%nerror: %s: sending %s failed: %s%n", sink.name(), event.message().name(), e);
          }
        }
      }
      long now = System.nanoTime();
      if (progress != null && progressEveryNanos > 0 && now >= nextProgress) {
        nextProgress = now + progressEveryNanos;
        Totals sofar = new Totals(events, sent, invalid, errors, Duration.ofNanos(now - start));
        progress.print(overwrite ? "\r" + sofar : sofar + System.lineSeparator());
        progress.flush();
      }
    }
    Totals totals =
        new Totals(events, sent, invalid, errors, Duration.ofNanos(System.nanoTime() - start));
    if (progress != null) {
      progress.println((overwrite ? "\r" : "") + totals);
    }
    return totals;
  }
}
