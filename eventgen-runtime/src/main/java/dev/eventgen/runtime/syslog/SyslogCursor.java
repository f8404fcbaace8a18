package dev.eventgen.runtime.syslog;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;

/**
 * A position in one syslog line held in a byte array. Offsets in errors count from the start of the
 * line.
 */
final class SyslogCursor {
  private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";

  /** The bytes of an SD-NAME, by value: printable US-ASCII but {@code = ] "}. */
  private static final boolean[] NAME_BYTES = nameBytes();

  final byte[] buf;

  final int start;

  final int end;

  int pos;

  private final SyslogNames names;

  SyslogCursor(byte[] buf, int start, int end, SyslogNames names) {
    this.buf = buf;
    this.start = start;
    this.end = end;
    this.pos = start;
    this.names = names;
  }

  boolean atEnd() {
    return pos >= end;
  }

  /** The byte at the position (0-255), or -1 at the end. */
  int peek() {
    return pos < end ? buf[pos] & 0xFF : -1;
  }

  /** Consumes {@code c} if it is next. */
  boolean skip(int c) {
    if (peek() == c) {
      pos++;
      return true;
    }
    return false;
  }

  void expect(int c, String expected) throws SyslogParseException {
    if (!skip(c)) {
      throw fail(expected);
    }
  }

  /**
   * Reads {@code min} to {@code max} (at most 18) decimal digits; too few is an error where they
   * start.
   */
  long number(int min, int max, String expected) throws SyslogParseException {
    int from = pos;
    long value = 0;
    while (pos < end && pos - from < max && buf[pos] >= '0' && buf[pos] <= '9') {
      value = value * 10 + (buf[pos++] - '0');
    }
    if (pos - from < min) {
      throw failAt(from, expected);
    }
    return value;
  }

  /** Reads {@code min} to {@code max} (at most 9) decimal digits. */
  int digits(int min, int max, String expected) throws SyslogParseException {
    return (int) number(min, max, expected);
  }

  /** Reads exactly {@code count} digits whose value is at most {@code max}. */
  int bounded(int count, int max, String expected) throws SyslogParseException {
    int from = pos;
    int value = digits(count, count, expected);
    if (value > max) {
      throw failAt(from, expected);
    }
    return value;
  }

  /** Consumes a NILVALUE: {@code -} followed by SP or the end. */
  boolean nil() {
    if (pos < end && buf[pos] == '-' && (pos + 1 == end || buf[pos + 1] == ' ')) {
      pos++;
      return true;
    }
    return false;
  }

  /**
   * Reads 1 to {@code maxLength} printable US-ASCII bytes up to {@code stop} (not consumed), SP or
   * the end.
   */
  String token(int maxLength, int stop, String expected) throws SyslogParseException {
    int from = pos;
    skipToken(maxLength, stop, expected);
    return ascii(from, pos);
  }

  /** Checks and skips what {@link #token} reads, without making a string. */
  void skipToken(int maxLength, int stop, String expected) throws SyslogParseException {
    int from = pos;
    int limit = Math.min(end, from + maxLength);
    int p = from;
    while (p < limit && buf[p] != stop && buf[p] >= 33 && buf[p] <= 126) {
      p++;
    }
    pos = p;
    if (pos < end && buf[pos] != stop && buf[pos] != ' ') {
      throw pos == limit && buf[pos] >= 33 && buf[pos] <= 126
          ? failAt(from, expected + " of at most " + maxLength + " characters")
          : fail("printable US-ASCII in " + expected);
    }
    if (pos == from) {
      throw fail(expected);
    }
  }

  /** Reads an RFC 5424 header field up to SP; null for NILVALUE. */
  String field(int maxLength, String expected) throws SyslogParseException {
    return nil() ? null : token(maxLength, ' ', expected);
  }

  /** Reads an SD-NAME: 1 to 32 printable US-ASCII except {@code = ] "} and SP. */
  String sdName(String expected) throws SyslogParseException {
    int from = pos;
    skipSdName(expected);
    return names.name(buf, from, pos);
  }

  /**
   * Reads an SD-NAME as {@link #sdName} does and returns its id in the name table, or -1 if the
   * table lacks it; the name is {@code buf[from, pos)}.
   */
  int sdNameId(String expected) throws SyslogParseException {
    int from = pos;
    skipSdName(expected);
    return names.id(buf, from, pos);
  }

  /** Checks and skips an SD-NAME. */
  private void skipSdName(String expected) throws SyslogParseException {
    int from = pos;
    int limit = Math.min(end, from + 32);
    int p = from;
    while (p < limit && NAME_BYTES[buf[p] & 0xFF]) {
      p++;
    }
    pos = p;
    if (pos == from) {
      throw fail(expected);
    }
    if (pos < end && NAME_BYTES[buf[pos] & 0xFF]) {
      throw failAt(from, expected + " of at most 32 characters");
    }
  }

  private static boolean[] nameBytes() {
    boolean[] table = new boolean[256];
    for (int b = 33; b <= 126; b++) {
      table[b] = b != '=' && b != ']' && b != '"';
    }
    return table;
  }

  /**
   * Reads a PARAM-VALUE after its opening quote, through the closing quote. Only {@code \"}, {@code
   * \\} and {@code \]} are escapes; any other backslash is kept. An unescaped {@code ]} is refused:
   * RFC 5424 section 6.3.3 says it MUST be escaped.
   */
  String quoted() throws SyslogParseException {
    int from = pos;
    int to = skipQuoted();
    return to < 0 ? SyslogValues.text(buf, from, ~to, true) : utf8(from, to);
  }

  /**
   * Checks and skips what {@link #quoted} reads, without making a string: the index where the value
   * ends (its closing quote), or its complement ({@code ~index}) if the value has escapes.
   */
  int skipQuoted() throws SyslogParseException {
    int from = pos;
    boolean escaped = false;
    for (int p = from; p < end; p++) {
      byte b = buf[p];
      if (b == '"') {
        pos = p + 1;
        return escaped ? ~p : p;
      }
      if (b == ']') {
        pos = p;
        throw fail("'\\' before ']' in PARAM-VALUE");
      }
      if (b == '\\' && p + 1 < end) {
        escaped = true;
        p++;
      }
    }
    pos = end;
    throw fail("'\"' closing PARAM-VALUE");
  }

  /** Reads an English month abbreviation ({@code Jan}-{@code Dec}), 1-12. */
  int month() throws SyslogParseException {
    int month = monthAt(pos);
    if (month == 0) {
      throw fail("month name (Jan-Dec)");
    }
    pos += 3;
    return month;
  }

  /** The month (1-12) whose abbreviation starts at index {@code at}, or 0. */
  int monthAt(int at) {
    if (end - at < 3) {
      return 0;
    }
    for (int m = 0; m < 12; m++) {
      if (buf[at] == MONTHS.charAt(3 * m)
          && buf[at + 1] == MONTHS.charAt(3 * m + 1)
          && buf[at + 2] == MONTHS.charAt(3 * m + 2)) {
        return m + 1;
      }
    }
    return 0;
  }

  /** Reads {@code hh:mm:ss} and returns the second of the day. */
  int timeOfDay() throws SyslogParseException {
    int hour = bounded(2, 23, "hour 00-23");
    expect(':', "':' after hour");
    int minute = bounded(2, 59, "minute 00-59");
    expect(':', "':' after minute");
    int second = bounded(2, 59, "second 00-59");
    return hour * 3600 + minute * 60 + second;
  }

  /**
   * Reads an optional {@code .} and 1 to {@code maxDigits} digits of a second, as nanoseconds; 0 if
   * there is no fraction.
   */
  int fraction(int maxDigits) throws SyslogParseException {
    if (!skip('.')) {
      return 0;
    }
    int from = pos;
    int nanos = digits(1, maxDigits, "digits of a fraction of a second");
    for (int n = pos - from; n < 9; n++) {
      nanos *= 10;
    }
    return nanos;
  }

  /**
   * Reads {@code Z} or {@code +hh:mm} / {@code -hh:mm} (the colon optional unless {@code
   * colonRequired}), in seconds.
   */
  int zoneOffset(boolean colonRequired) throws SyslogParseException {
    if (skip('Z')) {
      return 0;
    }
    int sign = skip('+') ? 1 : skip('-') ? -1 : 0;
    if (sign == 0) {
      throw fail("time offset ('Z', '+' or '-')");
    }
    int hours = bounded(2, 18, "offset hours 00-18");
    if (colonRequired) {
      expect(':', "':' in time offset");
    } else {
      skip(':');
    }
    int minutes = bounded(2, 59, "offset minutes 00-59");
    return sign * (hours * 3600 + minutes * 60);
  }

  /**
   * The date-time read from index {@code from}; an impossible date (such as Feb 30) is an error
   * there.
   */
  OffsetDateTime dateTime(
      int from, int year, int month, int day, int secondOfDay, int nanos, int offsetSeconds)
      throws SyslogParseException {
    try {
      return OffsetDateTime.of(
          year,
          month,
          day,
          secondOfDay / 3600,
          secondOfDay / 60 % 60,
          secondOfDay % 60,
          nanos,
          offsetSeconds == 0 ? ZoneOffset.UTC : ZoneOffset.ofTotalSeconds(offsetSeconds));
    } catch (DateTimeException e) {
      throw failAt(from, "a valid date and time");
    }
  }

  /**
   * Refuses at index {@code from} what {@link #dateTime} would refuse: a day the month lacks, a
   * month out of 1-12, an offset beyond 18 hours. Hours, minutes and seconds are read bounded.
   */
  void checkDateTime(int from, int year, int month, int day, int offsetSeconds)
      throws SyslogParseException {
    if (month < 1
        || month > 12
        || day < 1
        || day > Month.of(month).length(Year.isLeap(year))
        || Math.abs(offsetSeconds) > 18 * 3600) {
      throw failAt(from, "a valid date and time");
    }
  }

  /** Bytes already checked to be US-ASCII, as a string (a plain copy). */
  String ascii(int from, int to) {
    return new String(buf, from, to - from, StandardCharsets.ISO_8859_1);
  }

  /** Bytes already checked to be US-ASCII as a name: a known SD name is one shared string. */
  String name(int from, int to) {
    return names.name(buf, from, to);
  }

  /**
   * Bytes as UTF-8; each malformed sequence becomes U+FFFD, so invalid input is read the same way
   * every time.
   */
  String utf8(int from, int to) {
    return new String(buf, from, to - from, StandardCharsets.UTF_8);
  }

  /** An error at the current position. */
  SyslogParseException fail(String expected) {
    return failAt(pos, expected);
  }

  /** An error at array index {@code at}. */
  SyslogParseException failAt(int at, String expected) {
    return new SyslogParseException(at - start, expected, describe(at), false);
  }

  private String describe(int at) {
    if (at >= end) {
      return "end of input";
    }
    int b = buf[at] & 0xFF;
    if (b >= 32 && b <= 126) {
      return "'" + (char) b + "'";
    }
    return "byte 0x" + Integer.toHexString(b);
  }
}
