package dev.eventgen.runtime.syslog;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Values read straight from the bytes of a line, for generated decoders: each reader takes the
 * common form of its type and returns null for anything else, so the caller converts the text with
 * the JDK method instead, which reads every other accepted form or refuses the value. The bytes are
 * never escaped here: an escaped value is always read as text.
 */
public final class SyslogValues {
  private static final byte[] HEX = hexDigits();

  private static final int MAX_OFFSET = 18 * 3600;

  /** Every offset that is a whole number of quarter hours, the usual ones: no lookup per value. */
  private static final ZoneOffset[] QUARTER_HOURS = quarterHours();

  private SyslogValues() {}

  /**
   * The bytes as text: UTF-8, {@code \"}, {@code \\} and {@code \]} unescaped if {@code escaped}.
   */
  public static String text(byte[] buf, int from, int to, boolean escaped) {
    if (!escaped) {
      return new String(buf, from, to - from, StandardCharsets.UTF_8);
    }
    byte[] out = new byte[to - from];
    int n = 0;
    for (int i = from; i < to; i++) {
      byte b = buf[i];
      if (b == '\\'
          && i + 1 < to
          && (buf[i + 1] == '"' || buf[i + 1] == '\\' || buf[i + 1] == ']')) {
        b = buf[++i];
      }
      out[n++] = b;
    }
    return new String(out, 0, n, StandardCharsets.UTF_8);
  }

  /** True if the bytes equal the US-ASCII text {@code value}. */
  public static boolean equalsAscii(byte[] buf, int from, int to, String value) {
    if (to - from != value.length()) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      if (buf[from + i] != value.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** A UUID in its canonical 36-character form (either case of hex), or null. */
  public static UUID uuid(byte[] buf, int from, int to) {
    if (to - from != 36
        || buf[from + 8] != '-'
        || buf[from + 13] != '-'
        || buf[from + 18] != '-'
        || buf[from + 23] != '-') {
      return null;
    }
    long high = hex(buf, from, 8);
    long mid = hex(buf, from + 9, 4);
    long hi = hex(buf, from + 14, 4);
    long lo = hex(buf, from + 19, 4);
    long low = hex(buf, from + 24, 12);
    if ((high | mid | hi | lo | low) < 0) {
      return null;
    }
    return new UUID(high << 32 | mid << 16 | hi, lo << 48 | low);
  }

  /** {@code count} hex digits at {@code from} as a number, or -1 if one is not a hex digit. */
  private static long hex(byte[] buf, int from, int count) {
    long value = 0;
    for (int i = from; i < from + count; i++) {
      int digit = buf[i] < 0 ? -1 : HEX[buf[i]];
      if (digit < 0) {
        return -1;
      }
      value = value << 4 | digit;
    }
    return value;
  }

  private static byte[] hexDigits() {
    byte[] table = new byte[128];
    java.util.Arrays.fill(table, (byte) -1);
    for (int i = 0; i < 10; i++) {
      table['0' + i] = (byte) i;
    }
    for (int i = 0; i < 6; i++) {
      table['a' + i] = (byte) (10 + i);
      table['A' + i] = (byte) (10 + i);
    }
    return table;
  }

  /**
   * A decimal {@code int}: an optional {@code -} and 1 to 9 digits, or null for any other text
   * (which {@code Integer.valueOf} reads or refuses).
   */
  public static Integer intValue(byte[] buf, int from, int to) {
    long value = smallLong(buf, from, to, 9);
    return value == Long.MIN_VALUE ? null : Integer.valueOf((int) value);
  }

  /**
   * A decimal {@code long}: an optional {@code -} and 1 to 18 digits, or null for any other text
   * (which {@code Long.valueOf} reads or refuses).
   */
  public static Long longValue(byte[] buf, int from, int to) {
    long value = smallLong(buf, from, to, 18);
    return value == Long.MIN_VALUE ? null : Long.valueOf(value);
  }

  /** An optional minus and 1 to {@code maxDigits} digits, else {@code Long.MIN_VALUE}. */
  private static long smallLong(byte[] buf, int from, int to, int maxDigits) {
    boolean negative = from < to && buf[from] == '-';
    int p = negative ? from + 1 : from;
    if (p == to || to - p > maxDigits) {
      return Long.MIN_VALUE;
    }
    long value = 0;
    for (; p < to; p++) {
      int digit = buf[p] - '0';
      if (digit < 0 || digit > 9) {
        return Long.MIN_VALUE;
      }
      value = value * 10 + digit;
    }
    return negative ? -value : value;
  }

  /**
   * A date-time in the form {@code yyyy-mm-ddThh:mm:ss[.f{1,9}](Z|+hh:mm|-hh:mm)}, or null for any
   * other text and any value out of range (which {@code OffsetDateTime.parse} reads or refuses).
   */
  public static OffsetDateTime offsetDateTime(byte[] buf, int from, int to) {
    int length = to - from;
    if (length < 20
        || buf[from + 4] != '-'
        || buf[from + 7] != '-'
        || buf[from + 10] != 'T'
        || buf[from + 13] != ':'
        || buf[from + 16] != ':') {
      return null;
    }
    int year = digits(buf, from, 4);
    int month = digits(buf, from + 5, 2);
    int day = digits(buf, from + 8, 2);
    int hour = digits(buf, from + 11, 2);
    int minute = digits(buf, from + 14, 2);
    int second = digits(buf, from + 17, 2);
    if ((year | month | day | hour | minute | second) < 0) {
      return null;
    }
    int p = from + 19;
    int nanos = 0;
    if (buf[p] == '.') {
      int start = ++p;
      while (p < to && p - start < 10 && buf[p] >= '0' && buf[p] <= '9') {
        nanos = nanos * 10 + buf[p++] - '0';
      }
      int count = p - start;
      if (count == 0 || count > 9) {
        return null;
      }
      for (; count < 9; count++) {
        nanos *= 10;
      }
    }
    ZoneOffset offset = offset(buf, p, to);
    if (offset == null) {
      return null;
    }
    try {
      return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, offset);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** {@code Z} or {@code +hh:mm}/{@code -hh:mm} filling {@code [p, to)}, or null. */
  private static ZoneOffset offset(byte[] buf, int p, int to) {
    int left = to - p;
    if (left == 1 && buf[p] == 'Z') {
      return ZoneOffset.UTC;
    }
    byte sign = left == 6 ? buf[p] : 0;
    if (sign != '+' && sign != '-' || buf[p + 3] != ':') {
      return null;
    }
    int hours = digits(buf, p + 1, 2);
    int minutes = digits(buf, p + 4, 2);
    if (hours < 0 || minutes < 0 || hours > 18 || minutes > 59) {
      return null;
    }
    int seconds = (sign == '+' ? 1 : -1) * (hours * 3600 + minutes * 60);
    if (Math.abs(seconds) > MAX_OFFSET) {
      return null;
    }
    return minutes % 15 == 0
        ? QUARTER_HOURS[(seconds + MAX_OFFSET) / 900]
        : ZoneOffset.ofTotalSeconds(seconds);
  }

  private static ZoneOffset[] quarterHours() {
    ZoneOffset[] offsets = new ZoneOffset[2 * MAX_OFFSET / 900 + 1];
    for (int i = 0; i < offsets.length; i++) {
      offsets[i] = ZoneOffset.ofTotalSeconds(i * 900 - MAX_OFFSET);
    }
    return offsets;
  }

  /** The {@code count} decimal digits at {@code from}, or -1 if one is not a digit. */
  private static int digits(byte[] buf, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      int digit = buf[i] - '0';
      if (digit < 0 || digit > 9) {
        return -1;
      }
      value = value * 10 + digit;
    }
    return value;
  }
}
