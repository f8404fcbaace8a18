package dev.eventgen.emit.syslog;

import static dev.eventgen.emit.syslog.GeneratedCvpSyslog.invokeStatic;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventgen.runtime.syslog.SyslogMessage;
import dev.eventgen.runtime.syslog.SyslogNames;
import dev.eventgen.runtime.syslog.SyslogParseException;
import dev.eventgen.runtime.syslog.SyslogParser;
import dev.eventgen.runtime.syslog.SyslogSdLine;

/**
 * Decodes a line both ways a generated decoder offers: from the generic {@link SyslogMessage} and
 * from the zero-copy {@link SyslogSdLine}. Both must refuse the same lines at the same offset and
 * give equal results, events and problems alike.
 */
final class BothPaths {

  private BothPaths() {}

  /**
   * The decoder's result for the line, the same by both paths.
   *
   * @throws SyslogParseException if both parsers refuse the line, as they must then
   */
  static Object decode(Class<?> decoder, SyslogParser parser, byte[] bytes) throws Exception {
    SyslogSdLine line =
        new SyslogSdLine(
            (SyslogNames) decoder.getField("SD_NAMES").get(null),
            (String) decoder.getField("SD_ID").get(null));
    SyslogMessage message;
    try {
      message = parser.parse(bytes);
    } catch (SyslogParseException e) {
      SyslogParseException other = refusal(parser, bytes, line);
      assertEquals(e.getMessage(), other == null ? "accepted" : other.getMessage());
      throw e;
    }
    parser.parse(bytes, 0, bytes.length, line);
    Object generic = invokeStatic(decoder, "decode", message);
    Object zeroCopy = invokeStatic(decoder, "decode", line);
    assertEquals(
        generic, zeroCopy, () -> new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
    return zeroCopy;
  }

  private static SyslogParseException refusal(
      SyslogParser parser, byte[] bytes, SyslogSdLine line) {
    try {
      parser.parse(bytes, 0, bytes.length, line);
      return null;
    } catch (SyslogParseException e) {
      return e;
    }
  }
}
