package dev.eventgen.runtime.syslog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * RFC 3164 year inference on an injected clock, and the byte[] range, ByteBuffer and text entries.
 */
class ParserEntryPointsTest {

  private static final String LINE = "<13>1 2024-01-01T00:00:00Z h app - - [x@1 k=\"v\"] caf\u00e9";

  @ParameterizedTest(name = "{1} read at {0}")
  @CsvSource({
    "2027-01-01T00:30:00Z, Dec 31 23:59:00, 2026-12-31T23:59Z",
    "2026-06-01T12:00:00Z, Jun  2 11:00:00, 2026-06-02T11:00Z",
    "2026-06-01T12:00:00Z, Jun  2 13:00:00, 2025-06-02T13:00Z",
    "2028-03-01T00:00:00Z, Feb 29 10:00:00, 2028-02-29T10:00Z",
    "2029-01-01T00:00:00Z, Feb 29 10:00:00, 2028-02-29T10:00Z",
  })
  void rfc3164YearIsTheClocksUnlessThatIsMoreThanADayAhead(String now, String time, String expected)
      throws SyslogParseException {
    SyslogParser parser = new SyslogParser(Clock.fixed(Instant.parse(now), ZoneOffset.UTC), 1024);
    SyslogMessage message = parser.parse("<13>" + time + " h t: m");
    assertEquals(expected, String.valueOf(message.timestamp()));
  }

  @Test
  void aDayNeitherThisNorLastYearHasIsRefused() {
    SyslogParser parser =
        new SyslogParser(Clock.fixed(Instant.parse("2027-03-01T00:00:00Z"), ZoneOffset.UTC), 1024);
    SyslogParseException error =
        assertThrows(SyslogParseException.class, () -> parser.parse("<13>Feb 29 10:00:00 h t: m"));
    assertEquals("a valid date", error.expected());
    assertEquals(4, error.offset());
  }

  @Test
  void rfc3164TimesAreInTheClocksZone() throws SyslogParseException {
    Clock berlin = Clock.fixed(Instant.parse("2026-07-01T00:00:00Z"), ZoneId.of("Europe/Berlin"));
    SyslogMessage message = new SyslogParser(berlin, 1024).parse("<13>Jun 30 10:00:00 h t: m");
    assertEquals("2026-06-30T10:00+02:00", String.valueOf(message.timestamp()));
  }

  @Test
  void aRangeOfAnArrayReadsLikeTheWholeLineWithOffsetsFromItsStart() throws Exception {
    SyslogParser parser = new SyslogParser(Clock.systemUTC(), 1024);
    byte[] framed = ("xx" + LINE + "yy").getBytes(StandardCharsets.UTF_8);
    int length = LINE.getBytes(StandardCharsets.UTF_8).length;
    SyslogMessage message = parser.parse(framed, 2, length);
    assertEquals("caf\u00e9", message.msg());
    SyslogSdParam sdParam = message.sdElement("x@1").params().get(0);
    assertEquals(LINE.indexOf("\"v\"") + 1, sdParam.valueOffset());
  }

  @Test
  void heapDirectAndTextInputsGiveEqualMessages() throws Exception {
    SyslogParser parser = new SyslogParser(Clock.systemUTC(), 1024);
    byte[] bytes = LINE.getBytes(StandardCharsets.UTF_8);
    SyslogMessage fromBytes = parser.parse(bytes);
    ByteBuffer direct = ByteBuffer.allocateDirect(bytes.length + 3);
    direct.put(new byte[] {1, 2, 3}).put(bytes).flip().position(3);
    SyslogMessage fromDirect = parser.parse(direct);
    SyslogMessage fromHeap = parser.parse(ByteBuffer.wrap(bytes));
    SyslogMessage fromText = parser.parse(new StringBuilder(LINE));
    assertEquals(fromBytes, fromDirect);
    assertEquals(fromBytes, fromHeap);
    assertEquals(fromBytes, fromText);
    assertEquals(3, direct.position(), "the buffer's position is left alone");
  }

  @Test
  void invalidUtf8InValuesReadsAsReplacementCharacters() throws Exception {
    byte[] line = "<13>1 - h a - - [x@1 k=\"a?b\"] c?d".getBytes(StandardCharsets.US_ASCII);
    line[25] = (byte) 0xC3; // a lead byte without its continuation
    line[line.length - 2] = (byte) 0xFF;
    SyslogMessage message = new SyslogParser(Clock.systemUTC(), 1024).parse(line);
    assertEquals("a\ufffdb", message.sdElement("x@1").value("k"));
    assertEquals("c\ufffdd", message.msg());
  }
}
