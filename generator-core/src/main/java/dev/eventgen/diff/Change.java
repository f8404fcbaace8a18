package dev.eventgen.diff;

import dev.eventgen.diagnostic.Location;
import java.util.Objects;

/**
 * One difference between two versions of a spec, judged from the consumers' side: would code
 * generated from the old version, or a consumer built on it, break with the new one?
 *
 * @param subject what changed, e.g. {@code type 'CallStartedEvent'} or {@code channel 'callEnded'}
 * @param detail how, e.g. {@code field 'ani' removed}
 * @param before where the element was in the old spec (the file alone if it was not there)
 * @param after where it is in the new spec (the file alone if it is gone)
 */
public record Change(
    Compatibility compatibility, String subject, String detail, Location before, Location after) {

  /** Whether consumers of the old version keep working. */
  public enum Compatibility {
    BREAKING,
    COMPATIBLE
  }

  public Change {
    Objects.requireNonNull(compatibility, "compatibility");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }

  public boolean isBreaking() {
    return compatibility == Compatibility.BREAKING;
  }

  /** {@code subject: detail}. */
  public String text() {
    return subject + ": " + detail;
  }

  /**
   * Rendered like a compiler message at the new position, with the old one in brackets: {@code
   * v2.yaml:40:9: breaking: type 'Call': field 'ani' removed [was v1.yaml:41:9]}.
   */
  public String render() {
    String label = isBreaking() ? "breaking" : "compatible";
    return after.render() + ": " + label + ": " + text() + " [was " + before.render() + "]";
  }

  @Override
  public String toString() {
    return render();
  }
}
