package dev.eventgen.runtime.syslog;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the Cisco header forms after the PRI: the contact-centre CiscoLog form {@code SEQ: HOST:
 * [ACCURACY]Mmm dd yyyy hh:mm:ss.mmm TZ: %APP-SEV-MNEMONIC: %[k=v]...: text} and what Cisco IOS
 * writes with {@code logging message-counter}, {@code service sequence-numbers}, {@code logging
 * origin-id} and {@code service timestamps log datetime [msec] [localtime] [show-timezone] [year]}.
 *
 * <p>Every part before the mnemonic is optional, in this order: the message counter {@code 57: }, a
 * second sequence number {@code 000045: }, the host {@code router1: } (an IPv6 address may hold
 * colons: the host ends at {@code ": "}), and the timestamp (or an IOS uptime) followed by {@code
 * ": "}. The timestamp may start with an accuracy marker ({@code *} not authoritative, {@code .}
 * not synchronised), has an optional year, a fraction of 1-9 digits, and an optional zone: a
 * numeric offset ({@code +hhmm}, {@code +hh:mm}) or a name. UTC, GMT and a fixed list of
 * unambiguous abbreviations give their offset; other names (such as {@code CST}, which is both US
 * Central and China) and times without a zone are read in the parser's clock zone, the zone name
 * kept in {@link SyslogCisco#timeZone()}. A time without a year gets one inferred ({@link
 * SyslogLocalTime}).
 *
 * <p>Tags come in CiscoLog's form {@code %[k=v][k=v]: } or, as some UCCE examples print them,
 * without the {@code %}; without the closing {@code :} they are message text.
 */
final class CiscoLogParser {
  /** Zone names with one meaning, and their offsets in seconds. */
  private static final String[] ZONE_NAMES = {
    "UTC", "GMT", "UT", "Z", "WET", "WEST", "CET", "CEST", "MET", "MEST", "EET", "EEST", "MSK",
    "EST", "EDT", "CDT", "MST", "MDT", "PST", "PDT", "AKST", "AKDT", "HST", "JST", "KST", "HKT",
    "SGT", "AWST", "ACST", "ACDT", "AEST", "AEDT", "NZST", "NZDT"
  };

  private static final int[] ZONE_OFFSETS = {
    0, 0, 0, 0, 0, 3600, 3600, 7200, 3600, 7200, 7200, 10800, 10800, -18000, -14400, -18000, -25200,
    -21600, -28800, -25200, -32400, -28800, -36000, 32400, 32400, 28800, 28800, 28800, 34200, 37800,
    36000, 39600, 43200, 46800
  };

  private final SyslogCursor in;

  private final Clock clock;

  private SyslogTimeAccuracy accuracy;

  private String timeZone;

  private String uptime;

  private CiscoLogParser(SyslogCursor in, Clock clock) {
    this.in = in;
    this.clock = clock;
  }

  static SyslogMessage parse(SyslogCursor in, int pri, Clock clock) throws SyslogParseException {
    return new CiscoLogParser(in, clock).message(pri);
  }

  private SyslogMessage message(int pri) throws SyslogParseException {
    long sequence = -1;
    if (isDigit(in.peek()) && uptimeEnd(in, in.pos) < 0) {
      sequence = in.number(1, 18, "sequence number");
      in.expect(':', "':' after sequence number");
      in.expect(' ', "SP after sequence number");
    }
    long second = sequence >= 0 ? secondSequence() : -1;
    String hostname = null;
    if (in.peek() != '%' && !startsTimestamp(in, in.pos) && uptimeEnd(in, in.pos) < 0) {
      hostname = host();
      if (sequence >= 0 && second < 0) {
        second = secondSequence();
      }
      if (in.peek() != '%' && !startsTimestamp(in, in.pos) && uptimeEnd(in, in.pos) < 0) {
        throw in.fail("TIMESTAMP (Mmm dd hh:mm:ss or uptime) or %APP-SEVERITY-MNEMONIC:");
      }
    }
    OffsetDateTime timestamp = null;
    int uptimeEnd = uptimeEnd(in, in.pos);
    if (uptimeEnd > 0) {
      uptime = in.ascii(in.pos, uptimeEnd);
      in.pos = uptimeEnd + 2;
    } else if (in.peek() != '%') {
      timestamp = timestamp();
      in.expect(':', "':' after TIMESTAMP");
      in.expect(' ', "SP after TIMESTAMP");
    }
    int at = in.pos;
    SyslogCisco cisco = mnemonic(in, sequence, second, accuracy, timeZone, uptime);
    if (cisco == null) {
      throw in.failAt(at, "%APP-SEVERITY-MNEMONIC:");
    }
    String text = in.atEnd() ? null : in.utf8(in.pos, in.end);
    return SyslogMessage.unstructured(
        SyslogFormat.CISCOLOG, pri, timestamp, hostname, null, null, text, cisco);
  }

  /**
   * True if the text after the PRI of a line without a sequence number starts with a Cisco header:
   * a marked timestamp, a timestamp that RFC 3164's cannot be (a year, a fraction, {@code :} or a
   * zone and {@code ": %"} after the seconds), an uptime and {@code ": %"}, or a host and {@code ":
   * "} before a timestamp or uptime.
   */
  static boolean startsHeader(SyslogCursor in) {
    int p = in.pos;
    int first = in.peek();
    if (first == '*' || first == '.') {
      return clockEnd(in, p + 1) > 0;
    }
    if (dayEnd(in, p) > 0) {
      return unlike3164(in, p);
    }
    int uptime = uptimeEnd(in, p);
    if (uptime > 0) {
      return uptime + 2 < in.end && in.buf[uptime + 2] == '%';
    }
    int host = hostEnd(in, p);
    if (host < 0) {
      return false;
    }
    if (uptimeEnd(in, host) > 0) {
      return true;
    }
    if (host < in.end && (in.buf[host] == '*' || in.buf[host] == '.')) {
      return clockEnd(in, host + 1) > 0;
    }
    // "tag: Nov 23 19:48:38 text" is RFC 3164 content; only a Cisco-shaped time makes a header
    return unlike3164(in, host);
  }

  /**
   * True if the unmarked time at {@code p} is one RFC 3164's cannot be: it has a year, a fraction,
   * {@code :} after the seconds, or a zone and {@code ": %"}.
   */
  private static boolean unlike3164(SyslogCursor in, int p) {
    int t = clockEnd(in, p);
    return t > 0
        && (yearEnd(in, dayEnd(in, p)) > 0
            || t < in.end && (in.buf[t] == '.' || in.buf[t] == ':')
            || zoneThenMnemonic(in, t));
  }

  /** A timestamp starts at {@code p}: an accuracy marker, or a month name and SP. */
  private static boolean startsTimestamp(SyslogCursor in, int p) {
    if (p >= in.end) {
      return false;
    }
    byte b = in.buf[p];
    return b == '*' || b == '.' || in.monthAt(p) != 0 && p + 3 < in.end && in.buf[p + 3] == ' ';
  }

  /** The index after {@code Mmm d }, {@code Mmm d } or {@code Mmm dd } at {@code p}, or -1. */
  private static int dayEnd(SyslogCursor in, int p) {
    if (in.monthAt(p) == 0 || p + 3 >= in.end || in.buf[p + 3] != ' ') {
      return -1;
    }
    int q = p + 4;
    if (q < in.end && in.buf[q] == ' ') {
      q++;
    }
    int digits = 0;
    while (q < in.end && digits < 2 && isDigit(in.buf[q])) {
      q++;
      digits++;
    }
    return digits > 0 && q < in.end && in.buf[q] == ' ' ? q + 1 : -1;
  }

  /** The index after {@code yyyy } at {@code p}, or -1. */
  private static int yearEnd(SyslogCursor in, int p) {
    if (in.end - p < 5 || in.buf[p + 4] != ' ') {
      return -1;
    }
    for (int i = p; i < p + 4; i++) {
      if (!isDigit(in.buf[i])) {
        return -1;
      }
    }
    return p + 5;
  }

  /**
   * The index after the {@code hh:mm:ss} of a timestamp starting at {@code p} (after any marker),
   * or -1 if no timestamp's shape starts there.
   */
  private static int clockEnd(SyslogCursor in, int p) {
    int q = dayEnd(in, p);
    if (q < 0) {
      return -1;
    }
    int year = yearEnd(in, q);
    q = year > 0 ? year : q;
    byte[] b = in.buf;
    return in.end - q >= 8
            && isDigit(b[q])
            && isDigit(b[q + 1])
            && b[q + 2] == ':'
            && isDigit(b[q + 3])
            && isDigit(b[q + 4])
            && b[q + 5] == ':'
            && isDigit(b[q + 6])
            && isDigit(b[q + 7])
        ? q + 8
        : -1;
  }

  /**
   * The end of an IOS uptime at {@code p} that {@code ": "} follows, or -1: {@code hh:mm:ss[.f]}
   * under a day, else units such as {@code 1d02h}, {@code 3w4d}, {@code 1y2w}.
   */
  private static int uptimeEnd(SyslogCursor in, int p) {
    int q = digitsEnd(in, p);
    if (q == p) {
      return -1;
    }
    if (q < in.end && in.buf[q] == ':') {
      byte[] b = in.buf;
      if (in.end - q < 6
          || !isDigit(b[q + 1])
          || !isDigit(b[q + 2])
          || b[q + 3] != ':'
          || !isDigit(b[q + 4])
          || !isDigit(b[q + 5])) {
        return -1;
      }
      q += 6;
      if (q < in.end && b[q] == '.') {
        int fraction = digitsEnd(in, q + 1);
        q = fraction > q + 1 ? fraction : -1;
      }
    } else {
      // digits and a unit, repeated: each run of digits needs its unit
      while (true) {
        if (q >= in.end || !isUptimeUnit(in.buf[q])) {
          return -1;
        }
        int next = digitsEnd(in, q + 1);
        if (next == q + 1) {
          q = next;
          break;
        }
        q = next;
      }
    }
    return q > 0 && in.end - q >= 2 && in.buf[q] == ':' && in.buf[q + 1] == ' ' ? q : -1;
  }

  private static boolean isUptimeUnit(int b) {
    return b == 'y' || b == 'w' || b == 'd' || b == 'h' || b == 'm';
  }

  private static int digitsEnd(SyslogCursor in, int p) {
    int q = p;
    while (q < in.end && q - p < 18 && isDigit(in.buf[q])) {
      q++;
    }
    return q;
  }

  /** At {@code p}: SP, a zone name or offset, {@code ": %"}. */
  private static boolean zoneThenMnemonic(SyslogCursor in, int p) {
    if (p >= in.end || in.buf[p] != ' ') {
      return false;
    }
    int q = p + 1;
    int limit = Math.min(in.end, q + 32);
    while (q < limit && in.buf[q] > ' ' && in.buf[q] <= '~' && in.buf[q] != ':') {
      q++;
    }
    return q > p + 1
        && in.end - q >= 3
        && in.buf[q] == ':'
        && in.buf[q + 1] == ' '
        && in.buf[q + 2] == '%';
  }

  /** The index after {@code HOST: } at {@code p}, or -1. */
  private static int hostEnd(SyslogCursor in, int p) {
    int limit = Math.min(in.end - 1, p + 255);
    for (int q = p; q < limit; q++) {
      byte b = in.buf[q];
      if (b == ':' && in.buf[q + 1] == ' ') {
        return q > p ? q + 2 : -1;
      }
      if (b < 33 || b > 126) {
        return -1;
      }
    }
    return -1;
  }

  /** Reads {@code digits: } if they come next; -1 if not. */
  private long secondSequence() {
    int p = in.pos;
    while (p < in.end && p - in.pos < 18 && isDigit(in.buf[p])) {
      p++;
    }
    if (p == in.pos || in.end - p < 2 || in.buf[p] != ':' || in.buf[p + 1] != ' ') {
      return -1;
    }
    long value = 0;
    for (int i = in.pos; i < p; i++) {
      value = value * 10 + (in.buf[i] - '0');
    }
    in.pos = p + 2;
    return value;
  }

  /** Reads {@code HOST: }: printable US-ASCII up to the first {@code ": "}. */
  private String host() throws SyslogParseException {
    int from = in.pos;
    int end = hostEnd(in, from);
    if (end > 0) {
      in.pos = end;
      return in.ascii(from, end - 2);
    }
    int limit = Math.min(in.end, from + 255);
    int p = from;
    while (p < limit && in.buf[p] >= 33 && in.buf[p] <= 126) {
      p++;
    }
    if (p == limit && p < in.end && in.buf[p] >= 33 && in.buf[p] <= 126) {
      throw in.failAt(from, "HOST of at most 255 characters");
    }
    in.pos = p;
    if (p == from) {
      throw in.fail("HOST");
    }
    throw p < in.end && in.buf[p] != ' '
        ? in.fail("printable US-ASCII in HOST")
        : in.fail("': ' after HOST");
  }

  /** {@code [*|.]Mmm dd [yyyy ]hh:mm:ss[.f{1,9}][ TZ]} */
  private OffsetDateTime timestamp() throws SyslogParseException {
    accuracy =
        in.skip('*')
            ? SyslogTimeAccuracy.NOT_AUTHORITATIVE
            : in.skip('.') ? SyslogTimeAccuracy.NOT_SYNCHRONIZED : SyslogTimeAccuracy.SYNCHRONIZED;
    int from = in.pos;
    int month = in.month();
    in.expect(' ', "SP after month");
    in.skip(' ');
    int day = in.digits(1, 2, "day of month");
    in.expect(' ', "SP after day");
    int year = -1;
    if (yearEnd(in, in.pos) > 0) {
      year = in.digits(4, 4, "4-digit year");
      in.pos++;
    }
    int secondOfDay = in.timeOfDay();
    int nanos = in.fraction(9);
    ZoneId zone = in.skip(' ') ? zone() : clock.getZone();
    if (year < 0) {
      return SyslogLocalTime.inferYear(in, from, clock, zone, month, day, secondOfDay, nanos);
    }
    if (zone instanceof ZoneOffset) {
      int offset = ((ZoneOffset) zone).getTotalSeconds();
      return in.dateTime(from, year, month, day, secondOfDay, nanos, offset);
    }
    return SyslogLocalTime.inYear(in, from, zone, year, month, day, secondOfDay, nanos);
  }

  /** A numeric offset, or a zone name: its offset if known, else the clock's zone. */
  private ZoneId zone() throws SyslogParseException {
    int first = in.peek();
    if (first == '+' || first == '-') {
      return ZoneOffset.ofTotalSeconds(in.zoneOffset(false));
    }
    int from = in.pos;
    int limit = Math.min(in.end, from + 32);
    int p = from;
    while (p < limit && in.buf[p] > ' ' && in.buf[p] <= '~' && in.buf[p] != ':') {
      p++;
    }
    if (p == from) {
      throw in.fail("time zone name or offset");
    }
    in.pos = p;
    for (int i = 0; i < ZONE_NAMES.length; i++) {
      if (equals(in, from, p, ZONE_NAMES[i])) {
        timeZone = ZONE_NAMES[i];
        return ZoneOffset.ofTotalSeconds(ZONE_OFFSETS[i]);
      }
    }
    timeZone = in.ascii(from, p);
    return clock.getZone();
  }

  private static boolean equals(SyslogCursor in, int from, int to, String name) {
    if (to - from != name.length()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      if (in.buf[from + i] != name.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The mnemonic and tags of a line without a Cisco header (RFC 3164). */
  static SyslogCisco mnemonic(SyslogCursor in) {
    return mnemonic(in, -1, -1, null, null, null);
  }

  /**
   * Reads {@code %APP-SEV-MNEMONIC:} and any tags after it; null, with nothing consumed, if the
   * text does not start that way. APP is letters, digits, {@code _} and inner {@code -}; SEV is
   * 0-7; MNEMONIC is letters, digits and {@code _}.
   */
  static SyslogCisco mnemonic(
      SyslogCursor in,
      long sequence,
      long secondSequence,
      SyslogTimeAccuracy accuracy,
      String timeZone,
      String uptime) {
    if (in.atEnd() || in.buf[in.pos] != '%') {
      return null;
    }
    int appStart = in.pos + 1;
    int appEnd = appEnd(in, appStart);
    if (appEnd < 0) {
      return null;
    }
    int mnemonicStart = appEnd + 3;
    int mnemonicEnd = wordEnd(in, mnemonicStart, 64);
    if (mnemonicEnd == mnemonicStart || mnemonicEnd >= in.end || in.buf[mnemonicEnd] != ':') {
      return null;
    }
    in.pos = mnemonicEnd + 1;
    return new SyslogCisco(
        sequence,
        secondSequence,
        in.ascii(appStart, appEnd),
        in.buf[appEnd + 1] - '0',
        in.ascii(mnemonicStart, mnemonicEnd),
        tags(in),
        accuracy,
        timeZone,
        uptime);
  }

  /** The end of APP, just before {@code -SEV-}; -1 if there is no such APP. */
  private static int appEnd(SyslogCursor in, int from) {
    int limit = Math.min(in.end - 3, from + 64);
    for (int p = from; p < limit; p++) {
      byte b = in.buf[p];
      if (b == '-') {
        if (p == from || in.buf[p - 1] == '-') {
          return -1;
        }
        if (in.buf[p + 1] >= '0' && in.buf[p + 1] <= '7' && in.buf[p + 2] == '-') {
          return p;
        }
      } else if (!isWord(b)) {
        return -1;
      }
    }
    return -1;
  }

  private static int wordEnd(SyslogCursor in, int from, int maxLength) {
    int limit = Math.min(in.end, from + maxLength);
    int p = from;
    while (p < limit && isWord(in.buf[p])) {
      p++;
    }
    return p;
  }

  private static boolean isWord(int b) {
    return b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '_';
  }

  private static boolean isDigit(int b) {
    return b >= '0' && b <= '9';
  }

  /**
   * Reads the tags after the mnemonic's colon: {@code %[k=v]...: } or {@code [k=v]...: } (or the
   * bare run at the end of the line); otherwise none, and the SP after the colon is skipped.
   */
  private static List<SyslogSdParam> tags(SyslogCursor in) {
    in.skip(' ');
    int start = in.pos;
    boolean percent = in.end - start >= 2 && in.buf[start] == '%' && in.buf[start + 1] == '[';
    in.pos = percent ? start + 1 : start;
    SyslogSdParam param = in.peek() == '[' ? param(in) : null;
    if (param == null) {
      in.pos = start;
      return List.of();
    }
    List<SyslogSdParam> params = new ArrayList<>();
    while (param != null) {
      params.add(param);
      param = in.peek() == '[' ? param(in) : null;
    }
    if (in.skip(':')) {
      in.skip(' ');
      return params;
    }
    if (in.atEnd() && !percent) {
      return params;
    }
    // Not a tag run after all: the brackets are message text.
    in.pos = start;
    return List.of();
  }

  /** Reads one {@code [k=v]}; null, with nothing consumed, if it is not one. */
  private static SyslogSdParam param(SyslogCursor in) {
    int keyStart = in.pos + 1;
    int limit = Math.min(in.end, keyStart + 32);
    int p = keyStart;
    while (p < limit
        && in.buf[p] >= 33
        && in.buf[p] <= 126
        && in.buf[p] != '='
        && in.buf[p] != ']') {
      p++;
    }
    if (p == keyStart || p >= in.end || in.buf[p] != '=') {
      return null;
    }
    int close = p + 1;
    while (close < in.end && in.buf[close] != ']') {
      close++;
    }
    if (close >= in.end) {
      return null;
    }
    SyslogSdParam param =
        new SyslogSdParam(in.name(keyStart, p), in.utf8(p + 1, close), p + 1 - in.start);
    in.pos = close + 1;
    return param;
  }
}
