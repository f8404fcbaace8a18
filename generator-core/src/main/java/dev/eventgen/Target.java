package dev.eventgen;

import dev.eventgen.model.Api;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** What to generate. Records are always needed by the other targets and come with them. */
public enum Target {
  RECORDS,
  JMS,
  SYSLOG,
  /** Sample events and broker-less delivery for tests; never a default. */
  TESTKIT;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code records}, {@code jms}, {@code syslog} or {@code testkit} (case-insensitive). */
  public static Target parse(String id) {
    for (Target target : values()) {
      if (target.id().equalsIgnoreCase(id.trim())) {
        return target;
      }
    }
    throw new IllegalArgumentException(
        "unknown target '" + id + "' (expected one of: records, jms, syslog, testkit)");
  }

  /** The targets the spec's servers call for: records always, jms and syslog by protocol. */
  public static Set<Target> defaultsFor(Api api) {
    Set<Target> targets = EnumSet.of(RECORDS);
    if (api.hasProtocol("jms")) {
      targets.add(JMS);
    }
    if (api.hasProtocol("syslog")) {
      targets.add(SYSLOG);
    }
    return targets;
  }
}
