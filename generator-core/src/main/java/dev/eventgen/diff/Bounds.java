package dev.eventgen.diff;

import java.util.Objects;

/**
 * Compares validation facets. A facet that rejects more values than before is narrowed: messages a
 * consumer used to accept would now be refused, so that is breaking; widening is compatible.
 */
final class Bounds {

  private final ChangeLog log;
  private final Site site;

  Bounds(ChangeLog log, Site site) {
    this.log = log;
    this.site = site;
  }

  /** A lower bound such as minLength: raising or adding it narrows. */
  <T extends Comparable<T>> void lower(String name, T old, T now) {
    bound(name, old, now, "raised", "lowered");
  }

  /** An upper bound such as maxLength: lowering or adding it narrows. */
  <T extends Comparable<T>> void upper(String name, T old, T now) {
    bound(name, old, now, "lowered", "raised");
  }

  /** A restriction that is on or off, such as exclusiveMinimum or uniqueItems. */
  void flag(String name, boolean old, boolean now) {
    if (old != now) {
      report(now, name + (now ? " added" : " removed"));
    }
  }

  /** A restriction that cannot be ordered, such as a pattern or a const: any new value narrows. */
  void exact(String name, Object old, Object now) {
    if (Objects.equals(old, now)) {
      return;
    }
    if (now == null) {
      log.compatible(site, name + " " + quote(old) + " removed");
    } else if (old == null) {
      log.breaking(site, name + " " + quote(now) + " added");
    } else {
      log.breaking(site, name + " changed from " + quote(old) + " to " + quote(now));
    }
  }

  private <T extends Comparable<T>> void bound(
      String name, T old, T now, String narrowWord, String widenWord) {
    if (old == null && now == null || old != null && now != null && old.compareTo(now) == 0) {
      return;
    }
    if (now == null) {
      log.compatible(site, name + " " + old + " removed");
    } else if (old == null) {
      log.breaking(site, name + " " + now + " added");
    } else {
      boolean raised = now.compareTo(old) > 0;
      boolean narrowed = raised == narrowWord.equals("raised");
      report(
          narrowed,
          name + " " + (narrowed ? narrowWord : widenWord) + " from " + old + " to " + now);
    }
  }

  private void report(boolean narrowed, String detail) {
    if (narrowed) {
      log.breaking(site, detail);
    } else {
      log.compatible(site, detail);
    }
  }

  private static String quote(Object value) {
    return value instanceof String ? "'" + value + "'" : String.valueOf(value);
  }
}
