package dev.eventgen.runtime.syslog;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the Cisco contact-centre CiscoLog form after the PRI: {@code SEQ: HOST: Mmm dd yyyy
 * hh:mm:ss.mmm TZ: %APP-SEV-MNEMONIC: [k=v]...: text}. TZ is {@code +hhmm}, {@code +hh:mm}, {@code
 * Z}, {@code UTC} or {@code GMT}.
 */
final class CiscoLogParser {
  private CiscoLogParser() {}

  static SyslogMessage parse(SyslogCursor in, int pri) throws SyslogParseException {
    long sequence = in.number(1, 18, "sequence number");
    in.expect(':', "':' after sequence number");
    in.expect(' ', "SP after sequence number");
    String hostname = in.token(255, ':', "HOST");
    in.expect(':', "':' after HOST");
    in.expect(' ', "SP after HOST");
    OffsetDateTime timestamp = timestamp(in);
    in.expect(':', "':' after time zone");
    in.expect(' ', "SP after time zone");
    int at = in.pos;
    SyslogCisco cisco = mnemonic(in, sequence);
    if (cisco == null) {
      throw in.failAt(at, "%APP-SEVERITY-MNEMONIC:");
    }
    String text = in.atEnd() ? null : in.utf8(in.pos, in.end);
    return SyslogMessage.unstructured(
        SyslogFormat.CISCOLOG, pri, timestamp, hostname, null, null, text, cisco);
  }

  /** {@code Mmm dd yyyy hh:mm:ss[.fff] TZ} */
  private static OffsetDateTime timestamp(SyslogCursor in) throws SyslogParseException {
    int from = in.pos;
    int month = in.month();
    in.expect(' ', "SP after month");
    in.skip(' ');
    int day = in.digits(1, 2, "day of month");
    in.expect(' ', "SP after day");
    int year = in.digits(4, 4, "4-digit year");
    in.expect(' ', "SP after year");
    int secondOfDay = in.timeOfDay();
    int nanos = in.fraction(9);
    in.expect(' ', "SP before time zone");
    int offset = zone(in);
    return in.dateTime(from, year, month, day, secondOfDay, nanos, offset);
  }

  private static int zone(SyslogCursor in) throws SyslogParseException {
    int p = in.pos;
    if (in.end - p >= 3
        && (in.buf[p] == 'U' && in.buf[p + 1] == 'T' && in.buf[p + 2] == 'C'
            || in.buf[p] == 'G' && in.buf[p + 1] == 'M' && in.buf[p + 2] == 'T')) {
      in.pos += 3;
      return 0;
    }
    return in.zoneOffset(false);
  }

  /**
   * Reads {@code %APP-SEV-MNEMONIC:} and any {@code [k=v]} params after it; null, with nothing
   * consumed, if the text does not start that way. APP and MNEMONIC are letters, digits and {@code
   * _}; SEV is 0-7.
   */
  static SyslogCisco mnemonic(SyslogCursor in, long sequence) {
    int appStart = in.pos + 1;
    if (in.atEnd() || in.buf[in.pos] != '%') {
      return null;
    }
    int appEnd = wordEnd(in, appStart, 48);
    if (appEnd == appStart
        || in.end - appEnd < 4
        || in.buf[appEnd] != '-'
        || in.buf[appEnd + 1] < '0'
        || in.buf[appEnd + 1] > '7'
        || in.buf[appEnd + 2] != '-') {
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
        in.ascii(appStart, appEnd),
        in.buf[appEnd + 1] - '0',
        in.ascii(mnemonicStart, mnemonicEnd),
        params(in));
  }

  private static int wordEnd(SyslogCursor in, int from, int maxLength) {
    int limit = Math.min(in.end, from + maxLength);
    int p = from;
    while (p < limit) {
      int b = in.buf[p];
      if (!(b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '_')) {
        break;
      }
      p++;
    }
    return p;
  }

  /** Reads {@code [k=v]...} and the {@code :} after them, if there are any. */
  private static List<SyslogSdParam> params(SyslogCursor in) {
    in.skip(' ');
    SyslogSdParam param = in.peek() == '[' ? param(in) : null;
    if (param == null) {
      return List.of();
    }
    List<SyslogSdParam> params = new ArrayList<>();
    while (param != null) {
      params.add(param);
      param = in.peek() == '[' ? param(in) : null;
    }
    in.skip(':');
    in.skip(' ');
    return params;
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
