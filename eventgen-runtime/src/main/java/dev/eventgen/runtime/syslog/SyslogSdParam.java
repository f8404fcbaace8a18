package dev.eventgen.runtime.syslog;

import java.util.Objects;

/**
 * One name-value pair of structured data.
 *
 * @param name the PARAM-NAME (or CiscoLog key)
 * @param value the value, escapes already removed
 * @param valueOffset byte offset of the value in the line it was read from, or -1 if not read
 */
public record SyslogSdParam(String name, String value, int valueOffset) {
  public SyslogSdParam {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }

  /** A param that was not read from a line. */
  public SyslogSdParam(String name, String value) {
    this(name, value, -1);
  }
}
