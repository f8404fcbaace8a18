package dev.eventgen.runtime.syslog;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Reads RFC 3164 after the PRI: {@code Mmm dd hh:mm:ss HOST TAG[PID]: MSG}.
 *
 * <p>The TAG is the first run of printable US-ASCII after the host up to {@code [}, {@code :} or SP
 * (at most 48 bytes), so relays that drop the colon ({@code HOST TAG MSG}) read the same. A line
 * without a recognisable TIMESTAMP is all MSG (RFC 3164 section 4.3.3). The day may be padded with
 * a space or not.
 *
 * <p>The line has no year and its time is local to the sender, taken as the receiver's clock zone;
 * the year is inferred ({@link SyslogLocalTime}).
 *
 * <p>A packet holding only the PRI is refused before this parser is reached (see {@link
 * SyslogParser}).
 */
final class Rfc3164Parser {
  private Rfc3164Parser() {}

  static SyslogMessage parse(SyslogCursor in, int pri, Clock clock) throws SyslogParseException {
    if (!looksLikeTimestamp(in)) {
      return SyslogMessage.unstructured(
          SyslogFormat.RFC3164, pri, null, null, null, null, in.utf8(in.pos, in.end), null);
    }
    OffsetDateTime timestamp = timestamp(in, clock);
    in.expect(' ', "SP after TIMESTAMP");
    String hostname = in.token(255, ' ', "HOSTNAME");
    if (!in.skip(' ')) {
      return SyslogMessage.unstructured(
          SyslogFormat.RFC3164, pri, timestamp, hostname, null, null, null, null);
    }
    return content(in, pri, timestamp, hostname);
  }

  /** {@code Mmm dd hh:mm:ss}, {@code Mmm d hh:mm:ss} or {@code Mmm d hh:mm:ss}. */
  private static boolean looksLikeTimestamp(SyslogCursor in) {
    int p = in.pos;
    if (in.end - p < 14 || in.monthAt(p) == 0 || in.buf[p + 3] != ' ') {
      return false;
    }
    int colon = in.buf[p + 5] == ' ' ? p + 8 : p + 9;
    return colon + 6 <= in.end && in.buf[colon] == ':' && in.buf[colon + 3] == ':';
  }

  private static OffsetDateTime timestamp(SyslogCursor in, Clock clock)
      throws SyslogParseException {
    int from = in.pos;
    int month = in.month();
    in.expect(' ', "SP after month");
    in.skip(' ');
    int day = in.digits(1, 2, "day of month");
    in.expect(' ', "SP after day");
    int secondOfDay = in.timeOfDay();
    return SyslogLocalTime.inferYear(in, from, clock, clock.getZone(), month, day, secondOfDay, 0);
  }

  /** Reads {@code TAG[PID]: MSG} after the host; the TAG is optional. */
  private static SyslogMessage content(
      SyslogCursor in, int pri, OffsetDateTime timestamp, String hostname)
      throws SyslogParseException {
    // Cisco devices may put the mnemonic where the TAG would be.
    SyslogCisco cisco = CiscoLogParser.mnemonic(in);
    String tag = null;
    String procId = null;
    if (cisco == null) {
      int from = in.pos;
      int limit = Math.min(in.end, from + 48);
      int p = from;
      while (p < limit
          && in.buf[p] >= 33
          && in.buf[p] <= 126
          && in.buf[p] != ':'
          && in.buf[p] != '[') {
        p++;
      }
      int stop = p < in.end ? in.buf[p] : -1;
      if (p > from && (stop == '[' || stop == ':' || stop == ' ' || stop == -1)) {
        tag = in.ascii(from, p);
        in.pos = p;
        if (in.skip('[')) {
          procId = in.token(128, ']', "PID");
          in.expect(']', "']' closing PID");
        }
        in.skip(':');
        in.skip(' ');
      }
      cisco = CiscoLogParser.mnemonic(in);
    }
    String msg = in.atEnd() ? null : in.utf8(in.pos, in.end);
    return SyslogMessage.unstructured(
        SyslogFormat.RFC3164, pri, timestamp, hostname, tag, procId, msg, cisco);
  }
}
