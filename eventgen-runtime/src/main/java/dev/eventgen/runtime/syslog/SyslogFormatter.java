package dev.eventgen.runtime.syslog;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

/**
 * Writes messages as RFC 5424 lines that {@link SyslogParser} reads back to the same fields.
 *
 * <p>Whatever format a message was read in, the line is RFC 5424 (the Cisco parts are not written).
 * Null and empty header fields become NILVALUE (and a field that is {@code -} reads back as null);
 * the timestamp keeps microseconds (the most RFC 5424 allows) and its offset; SD values are
 * escaped. A field RFC 5424 cannot carry (a space in a header field, an SD-NAME longer than 32
 * characters) is refused with an {@link IllegalArgumentException} rather than written wrong.
 */
public final class SyslogFormatter {
  private SyslogFormatter() {}

  /** The RFC 5424 line, without a trailing newline. */
  public static String format(SyslogMessage message) {
    StringBuilder out = new StringBuilder(256);
    out.append('<').append(message.priority()).append(">1 ");
    timestamp(out, message.timestamp());
    field(out.append(' '), message.hostname(), 255, "hostname");
    field(out.append(' '), message.appName(), 48, "appName");
    field(out.append(' '), message.procId(), 128, "procId");
    field(out.append(' '), message.msgId(), 32, "msgId");
    structuredData(out.append(' '), message);
    if (message.msg() != null) {
      out.append(' ').append(message.msg());
    }
    return out.toString();
  }

  /** The RFC 5424 line as UTF-8 bytes, ready for a datagram. */
  public static byte[] formatBytes(SyslogMessage message) {
    return format(message).getBytes(StandardCharsets.UTF_8);
  }

  private static void field(StringBuilder out, String value, int maxLength, String name) {
    if (value == null || value.isEmpty()) {
      out.append('-');
      return;
    }
    if (value.length() > maxLength) {
      throw new IllegalArgumentException(
          name + " longer than " + maxLength + " characters: " + value);
    }
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) < 33 || value.charAt(i) > 126) {
        throw new IllegalArgumentException(name + " must be printable US-ASCII: " + value);
      }
    }
    out.append(value);
  }

  private static void sdName(StringBuilder out, String name) {
    boolean valid = !name.isEmpty() && name.length() <= 32;
    for (int i = 0; i < name.length() && valid; i++) {
      char c = name.charAt(i);
      valid = c >= 33 && c <= 126 && c != '=' && c != ']' && c != '"';
    }
    if (!valid) {
      throw new IllegalArgumentException("not an SD-NAME: " + name);
    }
    out.append(name);
  }

  private static void timestamp(StringBuilder out, OffsetDateTime time) {
    if (time == null) {
      out.append('-');
      return;
    }
    if (time.getYear() < 0 || time.getYear() > 9999) {
      throw new IllegalArgumentException("year outside 0-9999: " + time);
    }
    pad(out, time.getYear(), 4).append('-');
    pad(out, time.getMonthValue(), 2).append('-');
    pad(out, time.getDayOfMonth(), 2).append('T');
    pad(out, time.getHour(), 2).append(':');
    pad(out, time.getMinute(), 2).append(':');
    pad(out, time.getSecond(), 2);
    int micros = time.getNano() / 1000;
    if (micros != 0) {
      int digits = 6;
      while (micros % 10 == 0) {
        micros /= 10;
        digits--;
      }
      pad(out.append('.'), micros, digits);
    }
    offset(out, time.getOffset().getTotalSeconds());
  }

  /** {@code Z} or {@code +hh:mm}; RFC 5424 offsets have no seconds. */
  private static void offset(StringBuilder out, int seconds) {
    if (seconds == 0) {
      out.append('Z');
      return;
    }
    int minutes = Math.abs(seconds) / 60;
    pad(out.append(seconds < 0 ? '-' : '+'), minutes / 60, 2).append(':');
    pad(out, minutes % 60, 2);
  }

  private static StringBuilder pad(StringBuilder out, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      out.append('0');
    }
    return out.append(digits);
  }

  private static void structuredData(StringBuilder out, SyslogMessage message) {
    if (message.structuredData().isEmpty()) {
      out.append('-');
      return;
    }
    for (SyslogSdElement element : message.structuredData()) {
      sdName(out.append('['), element.id());
      for (SyslogSdParam param : element.params()) {
        sdName(out.append(' '), param.name());
        out.append("=\"");
        for (int i = 0; i < param.value().length(); i++) {
          char c = param.value().charAt(i);
          if (c == '"' || c == '\\' || c == ']') {
            out.append('\\');
          }
          out.append(c);
        }
        out.append('"');
      }
      out.append(']');
    }
  }
}
