package dev.eventgen.runtime.syslog;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Reads RFC 5424 after the PRI. VERSION must be 1; header fields are printable US-ASCII within the
 * RFC's length limits; {@code -} (NILVALUE) reads as null in every field; PARAM-VALUE must escape
 * {@code "}, {@code \} and {@code ]}.
 */
final class Rfc5424Parser {
  private Rfc5424Parser() {}

  static SyslogMessage parse(SyslogCursor in, int pri) throws SyslogParseException {
    int from = in.pos;
    int version = in.digits(1, 3, "VERSION");
    // RFC 5424 defines VERSION 1 only; a later version may lay out its fields differently.
    if (version != 1 || in.pos - from != 1) {
      throw in.failAt(from, "VERSION 1");
    }
    in.expect(' ', "SP after VERSION");
    OffsetDateTime timestamp = in.nil() ? null : timestamp(in);
    in.expect(' ', "SP after TIMESTAMP");
    String hostname = in.field(255, "HOSTNAME");
    in.expect(' ', "SP after HOSTNAME");
    String appName = in.field(48, "APP-NAME");
    in.expect(' ', "SP after APP-NAME");
    String procId = in.field(128, "PROCID");
    in.expect(' ', "SP after PROCID");
    String msgId = in.field(32, "MSGID");
    in.expect(' ', "SP after MSGID");
    List<SyslogSdElement> sd = structuredData(in);
    String msg = message(in);
    return new SyslogMessage(
        SyslogFormat.RFC5424,
        pri >> 3,
        pri & 7,
        version,
        timestamp,
        hostname,
        appName,
        procId,
        msgId,
        sd,
        msg,
        null);
  }

  /**
   * Reads the line as {@link #parse} does, with the same checks and refusals, but records only what
   * a typed decoder reads: the MSGID's range and the params of the first SD element with the line's
   * SD-ID, as name ids and value ranges. No string is made.
   */
  static void parseInto(SyslogCursor in, SyslogSdLine into) throws SyslogParseException {
    int from = in.pos;
    int version = in.digits(1, 3, "VERSION");
    if (version != 1 || in.pos - from != 1) {
      throw in.failAt(from, "VERSION 1");
    }
    in.expect(' ', "SP after VERSION");
    if (!in.nil()) {
      checkTimestamp(in);
    }
    in.expect(' ', "SP after TIMESTAMP");
    skipField(in, 255, "HOSTNAME");
    in.expect(' ', "SP after HOSTNAME");
    skipField(in, 48, "APP-NAME");
    in.expect(' ', "SP after APP-NAME");
    skipField(in, 128, "PROCID");
    in.expect(' ', "SP after PROCID");
    int msgIdFrom = in.pos;
    if (skipField(in, 32, "MSGID")) {
      into.msgId(msgIdFrom, in.pos);
    }
    in.expect(' ', "SP after MSGID");
    if (in.nil()) {
      skipMessage(in);
      return;
    }
    if (in.peek() != '[') {
      throw in.fail("'[' or '-' starting STRUCTURED-DATA");
    }
    boolean found = false;
    while (in.skip('[')) {
      int idFrom = in.pos;
      in.sdNameId("SD-ID");
      boolean wanted = !found && into.isSdId(idFrom, in.pos);
      found |= wanted;
      while (in.skip(' ')) {
        int nameFrom = in.pos;
        int id = in.sdNameId("PARAM-NAME");
        int nameTo = in.pos;
        in.expect('=', "'=' after PARAM-NAME");
        in.expect('"', "'\"' opening PARAM-VALUE");
        int valueFrom = in.pos;
        int valueTo = in.skipQuoted();
        if (wanted) {
          into.add(id, nameFrom, nameTo, valueFrom, valueTo);
        }
      }
      in.expect(']', "SP or ']' in SD element");
    }
    skipMessage(in);
  }

  /** Checks what {@link #timestamp(SyslogCursor)} reads, without making the date-time. */
  private static void checkTimestamp(SyslogCursor in) throws SyslogParseException {
    int from = in.pos;
    int year = in.digits(4, 4, "4-digit year");
    in.expect('-', "'-' after year");
    int month = in.digits(2, 2, "2-digit month");
    in.expect('-', "'-' after month");
    int day = in.digits(2, 2, "2-digit day");
    in.expect('T', "'T' between date and time");
    in.timeOfDay();
    in.fraction(6);
    int offset = in.zoneOffset(true);
    in.checkDateTime(from, year, month, day, offset);
  }

  /** Checks a header field; false for NILVALUE. */
  private static boolean skipField(SyslogCursor in, int maxLength, String expected)
      throws SyslogParseException {
    if (in.nil()) {
      return false;
    }
    in.skipToken(maxLength, ' ', expected);
    return true;
  }

  /** Checks {@code [SP MSG]}; any bytes may follow the SP. */
  private static void skipMessage(SyslogCursor in) throws SyslogParseException {
    if (!in.atEnd()) {
      in.expect(' ', "SP before MSG");
      in.pos = in.end;
    }
  }

  /** {@code yyyy-mm-ddThh:mm:ss[.f{1,6}](Z|+hh:mm|-hh:mm)} */
  private static OffsetDateTime timestamp(SyslogCursor in) throws SyslogParseException {
    int from = in.pos;
    int year = in.digits(4, 4, "4-digit year");
    in.expect('-', "'-' after year");
    int month = in.digits(2, 2, "2-digit month");
    in.expect('-', "'-' after month");
    int day = in.digits(2, 2, "2-digit day");
    in.expect('T', "'T' between date and time");
    int secondOfDay = in.timeOfDay();
    int nanos = in.fraction(6);
    int offset = in.zoneOffset(true);
    return in.dateTime(from, year, month, day, secondOfDay, nanos, offset);
  }

  /** An RFC 5424 TIMESTAMP given as text, or null if it is not exactly one. */
  static OffsetDateTime timestamp(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
    SyslogCursor in = new SyslogCursor(bytes, 0, bytes.length, SyslogNames.REGISTERED);
    try {
      OffsetDateTime timestamp = timestamp(in);
      return in.atEnd() ? timestamp : null;
    } catch (SyslogParseException e) {
      return null;
    }
  }

  private static List<SyslogSdElement> structuredData(SyslogCursor in) throws SyslogParseException {
    if (in.nil()) {
      return List.of();
    }
    if (in.peek() != '[') {
      throw in.fail("'[' or '-' starting STRUCTURED-DATA");
    }
    SyslogReadList<SyslogSdElement> elements = new SyslogReadList<>(2);
    while (in.skip('[')) {
      elements.append(element(in));
    }
    return elements;
  }

  /** Reads an SD element after its {@code [}. */
  private static SyslogSdElement element(SyslogCursor in) throws SyslogParseException {
    String id = in.sdName("SD-ID");
    SyslogReadList<SyslogSdParam> params = new SyslogReadList<>(32);
    while (in.skip(' ')) {
      String name = in.sdName("PARAM-NAME");
      in.expect('=', "'=' after PARAM-NAME");
      in.expect('"', "'\"' opening PARAM-VALUE");
      int valueOffset = in.pos - in.start;
      params.append(new SyslogSdParam(name, in.quoted(), valueOffset));
    }
    in.expect(']', "SP or ']' in SD element");
    return new SyslogSdElement(id, params);
  }

  /** Reads {@code [SP MSG]}: null if absent, without its UTF-8 BOM. */
  private static String message(SyslogCursor in) throws SyslogParseException {
    if (in.atEnd()) {
      return null;
    }
    in.expect(' ', "SP before MSG");
    if (in.end - in.pos >= 3
        && in.buf[in.pos] == (byte) 0xEF
        && in.buf[in.pos + 1] == (byte) 0xBB
        && in.buf[in.pos + 2] == (byte) 0xBF) {
      in.pos += 3;
    }
    return in.utf8(in.pos, in.end);
  }
}
