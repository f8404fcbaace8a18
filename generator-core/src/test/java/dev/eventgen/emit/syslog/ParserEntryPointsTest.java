package dev.eventgen.emit.syslog;

import static dev.eventgen.emit.syslog.GeneratedSyslog.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 3164 year inference on an injected clock, and the byte[] range, ByteBuffer and text entries. */
class ParserEntryPointsTest {

  private static final String LINE = "<13>1 2024-01-01T00:00:00Z h app - - [x@1 k=\"v\"] caf\u00e9";
  private final GeneratedSyslog syslog = GeneratedSyslog.get();

  @ParameterizedTest(name = "{1} read at {0}")
  @CsvSource({
    "2027-01-01T00:30:00Z, Dec 31 23:59:00, 2026-12-31T23:59Z",
    "2026-06-01T12:00:00Z, Jun  2 11:00:00, 2026-06-02T11:00Z",
    "2026-06-01T12:00:00Z, Jun  2 13:00:00, 2025-06-02T13:00Z",
    "2028-03-01T00:00:00Z, Feb 29 10:00:00, 2028-02-29T10:00Z",
    "2029-01-01T00:00:00Z, Feb 29 10:00:00, 2028-02-29T10:00Z",
  })
  void rfc3164YearIsTheClocksUnlessThatIsMoreThanADayAhead(
      String now, String time, String expected) throws Throwable {
    Object parser = syslog.parser(Clock.fixed(Instant.parse(now), ZoneOffset.UTC), 1024);
    Object message = parse(parser, "<13>" + time + " h t: m");
    assertEquals(expected, String.valueOf(call(message, "timestamp")));
  }

  @Test
  void aDayNeitherThisNorLastYearHasIsRefused() {
    Object parser = syslog.parser(Clock.fixed(Instant.parse("2027-03-01T00:00:00Z"), ZoneOffset.UTC), 1024);
    Throwable error = org.junit.jupiter.api.Assertions.assertThrows(
        Throwable.class, () -> parse(parser, "<13>Feb 29 10:00:00 h t: m"));
    assertInstanceOf(syslog.parseException, error);
    assertEquals("a valid date", call(error, "expected"));
    assertEquals(4, call(error, "offset"));
  }

  @Test
  void rfc3164TimesAreInTheClocksZone() throws Throwable {
    Clock berlin = Clock.fixed(Instant.parse("2026-07-01T00:00:00Z"), ZoneId.of("Europe/Berlin"));
    Object message = parse(syslog.parser(berlin, 1024), "<13>Jun 30 10:00:00 h t: m");
    assertEquals("2026-06-30T10:00+02:00", String.valueOf(call(message, "timestamp")));
  }

  @Test
  void aRangeOfAnArrayReadsLikeTheWholeLineWithOffsetsFromItsStart() throws Throwable {
    Object parser = syslog.parser(Clock.systemUTC(), 1024);
    byte[] framed = ("xx" + LINE + "yy").getBytes(StandardCharsets.UTF_8);
    int length = LINE.getBytes(StandardCharsets.UTF_8).length;
    Object message = parser.getClass().getMethod("parse", byte[].class, int.class, int.class)
        .invoke(parser, framed, 2, length);
    assertEquals("caf\u00e9", call(message, "msg"));
    Object sdParam = ((java.util.List<?>) call(call(message, "sdElement", "x@1"), "params")).get(0);
    assertEquals(LINE.indexOf("\"v\"") + 1, call(sdParam, "valueOffset"));
  }

  @Test
  void heapDirectAndTextInputsGiveEqualMessages() throws Throwable {
    Object parser = syslog.parser(Clock.systemUTC(), 1024);
    byte[] bytes = LINE.getBytes(StandardCharsets.UTF_8);
    Object fromBytes = syslog.parse(parser, bytes);
    ByteBuffer direct = ByteBuffer.allocateDirect(bytes.length + 3);
    direct.put(new byte[] {1, 2, 3}).put(bytes).flip().position(3);
    Object fromDirect = parser.getClass().getMethod("parse", ByteBuffer.class).invoke(parser, direct);
    Object fromHeap = parser.getClass().getMethod("parse", ByteBuffer.class)
        .invoke(parser, ByteBuffer.wrap(bytes));
    Object fromText = parser.getClass().getMethod("parse", CharSequence.class)
        .invoke(parser, new StringBuilder(LINE));
    assertEquals(fromBytes, fromDirect);
    assertEquals(fromBytes, fromHeap);
    assertEquals(fromBytes, fromText);
    assertEquals(3, direct.position(), "the buffer's position is left alone");
  }

  @Test
  void invalidUtf8InValuesReadsAsReplacementCharacters() throws Throwable {
    byte[] line = "<13>1 - h a - - [x@1 k=\"a?b\"] c?d".getBytes(StandardCharsets.US_ASCII);
    line[25] = (byte) 0xC3; // a lead byte without its continuation
    line[line.length - 2] = (byte) 0xFF;
    Object message = syslog.parse(syslog.parser(Clock.systemUTC(), 1024), line);
    assertEquals("a\ufffdb", call(call(message, "sdElement", "x@1"), "value", "k"));
    assertEquals("c\ufffdd", call(message, "msg"));
  }

  private Object parse(Object parser, String line) throws Throwable {
    Object message = syslog.parse(parser, line.getBytes(StandardCharsets.UTF_8));
    return assertInstanceOf(Object.class, message);
  }
}
