package dev.eventgen.diff;

import java.util.List;

/** Plain-text rendering of a comparison: one line per change, breaking first, then a summary. */
public final class DiffReport {

  private DiffReport() {}

  /** Every change, breaking ones first, each as {@link Change#render()}, then {@link #summary}. */
  public static String render(List<Change> changes) {
    StringBuilder out = new StringBuilder();
    changes.stream().filter(Change::isBreaking).forEach(c -> out.append(c.render()).append('\n'));
    changes.stream().filter(c -> !c.isBreaking()).forEach(c -> out.append(c.render()).append('\n'));
    return out.append(summary(changes)).append('\n').toString();
  }

  /** {@code 3 changes: 1 breaking, 2 compatible}, or {@code no changes}. */
  public static String summary(List<Change> changes) {
    if (changes.isEmpty()) {
      return "no changes";
    }
    long breaking = changes.stream().filter(Change::isBreaking).count();
    return changes.size()
        + (changes.size() == 1 ? " change: " : " changes: ")
        + breaking
        + " breaking, "
        + (changes.size() - breaking)
        + " compatible";
  }
}
