package dev.eventgen.runtime.syslog;

/**
 * How far a Cisco device vouches for the time it wrote, from the marker before the timestamp
 * ({@code service timestamps} on IOS, the ACCURACY field of CiscoLog).
 */
public enum SyslogTimeAccuracy {
  /** No marker: the clock is authoritative and synchronised (NTP or a time source). */
  SYNCHRONIZED,

  /** {@code .}: the clock was set authoritatively but is not synchronised now. */
  NOT_SYNCHRONIZED,

  /** {@code *}: the clock is not authoritative (never set, or set by hand). */
  NOT_AUTHORITATIVE
}
