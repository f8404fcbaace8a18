package dev.eventgen.sample;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A few lines on what a {@link CallCenterMonitor} saw since the last look: active calls, events
 * per second of each type, problems and the last of them.
 */
public final class LiveSummary {

  private final CallCenterMonitor monitor;
  private Map<String, Long> previous = new HashMap<>();
  private long previousNanos = System.nanoTime();

  public LiveSummary(CallCenterMonitor monitor) {
    this.monitor = monitor;
  }

  /** The summary now; rates are over the time since the previous call. */
  public synchronized String next() {
    long now = System.nanoTime();
    double seconds = Math.max(1e-3, (now - previousNanos) / 1e9);
    Map<String, Long> counts = monitor.counts();
    StringJoiner rates = new StringJoiner(", ");
    long total = 0;
    for (Map.Entry<String, Long> entry : counts.entrySet()) {
      long delta = entry.getValue() - previous.getOrDefault(entry.getKey(), 0L);
      total += entry.getValue();
      if (delta > 0) {
        rates.add(String.format(Locale.ROOT, "%s %.1f", shortName(entry.getKey()), delta / seconds));
      }
    }
    previous = counts;
    previousNanos = now;
    String last = monitor.lastProblem();
    return String.format(
        Locale.ROOT,
        "active calls %d | events %d | per second: %s%n  problems %s%s",
        monitor.activeCalls().size(),
        total,
        rates.length() == 0 ? "none" : rates,
        monitor.problems().isEmpty() ? "none" : monitor.problems(),
        last == null ? "" : " | last: " + abbreviate(last));
  }

  private static String shortName(String messageName) {
    return messageName.endsWith("Event")
        ? messageName.substring(0, messageName.length() - "Event".length())
        : messageName;
  }

  private static String abbreviate(String text) {
    return text.length() <= 110 ? text : text.substring(0, 107) + "...";
  }
}
