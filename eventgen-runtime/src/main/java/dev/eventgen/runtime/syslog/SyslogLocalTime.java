package dev.eventgen.runtime.syslog;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneId;

/**
 * Completes times written without a year or without an offset (RFC 3164, Cisco IOS), the way the
 * sender's local clock would have meant them.
 *
 * <p>Year inference: the year is the current year in {@code zone}, unless that puts the time more
 * than one day into the future (a December line read in January), then the previous year.
 */
final class SyslogLocalTime {
  private SyslogLocalTime() {}

  /**
   * The time in {@code zone} in the year inferred from {@code clock}; a day the year lacks (Feb 30)
   * is an error at {@code from}.
   */
  static OffsetDateTime inferYear(
      SyslogCursor in,
      int from,
      Clock clock,
      ZoneId zone,
      int month,
      int day,
      int secondOfDay,
      int nanos)
      throws SyslogParseException {
    LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), zone);
    LocalDateTime local = of(now.getYear(), month, day, secondOfDay, nanos);
    if (local == null || local.isAfter(now.plusDays(1))) {
      local = of(now.getYear() - 1, month, day, secondOfDay, nanos);
    }
    if (local == null) {
      throw in.failAt(from, "a valid date");
    }
    return local.atZone(zone).toOffsetDateTime();
  }

  /** The time in {@code zone} in {@code year}; an impossible date is an error at {@code from}. */
  static OffsetDateTime inYear(
      SyslogCursor in,
      int from,
      ZoneId zone,
      int year,
      int month,
      int day,
      int secondOfDay,
      int nanos)
      throws SyslogParseException {
    LocalDateTime local = of(year, month, day, secondOfDay, nanos);
    if (local == null) {
      throw in.failAt(from, "a valid date and time");
    }
    return local.atZone(zone).toOffsetDateTime();
  }

  /** The date-time in {@code year}, or null if that year has no such day. */
  private static LocalDateTime of(int year, int month, int day, int secondOfDay, int nanos) {
    if (day < 1 || day > Month.of(month).length(Year.isLeap(year))) {
      return null;
    }
    return LocalDateTime.of(
        year, month, day, secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60, nanos);
  }
}
