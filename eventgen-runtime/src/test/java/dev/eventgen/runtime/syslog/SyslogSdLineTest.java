package dev.eventgen.runtime.syslog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The zero-copy parse: what it records of a line, and that it refuses what the generic one does.
 */
class SyslogSdLineTest {

  private static final SyslogNames NAMES = SyslogNames.of("cvp@9", "eventId", "n", "source.host");

  private final SyslogParser parser =
      new SyslogParser(Clock.systemUTC(), SyslogParser.DEFAULT_MAX_LENGTH, NAMES);

  private final SyslogSdLine line = new SyslogSdLine(NAMES, "cvp@9");

  @Test
  void recordsTheParamsOfTheFirstElementWithTheSdIdOnly() throws Exception {
    String text =
        "<14>1 2025-05-14T15:03:54.453+02:00 host app 42 CALL_STARTED [other k=\"v\"]"
            + "[cvp@9 eventId=\"e\\\"1\\]\" n=\"1\" odd.name=\"x\" n=\"2\"][cvp@9 n=\"3\"] msg";
    read(text);
    assertEquals("CALL_STARTED", line.msgId());
    assertNull(line.other());
    assertTrue(line.hasUnknownNames());
    assertEquals(
        List.of(
            new SyslogSdParam("eventId", "e\"1]", text.indexOf("e\\")),
            new SyslogSdParam("n", "1", text.indexOf("n=") + 3),
            new SyslogSdParam("odd.name", "x", text.indexOf("x\"")),
            new SyslogSdParam("n", "2", text.indexOf("2\""))),
        line.params());
    SyslogSdFields fields = line.fields();
    assertEquals("e\"1]", fields.string(NAMES.id("eventId")));
    assertEquals(1, fields.intValue(NAMES.id("n"), "n"));
    assertEquals(List.of(1L, 2L), fields.values(NAMES.id("n"), "n", Long::valueOf));
    assertFalse(fields.any(NAMES.idsStartingWith("source.")));
  }

  @Test
  void aReusedHolderForgetsTheLineBefore() throws Exception {
    read("<14>1 - - - - M [cvp@9 n=\"1\" source.host=\"h\" x=\"y\"]");
    read("<14>1 - - - - - [cvp@9 eventId=\"e\"]");
    assertNull(line.msgId());
    assertFalse(line.hasUnknownNames());
    assertNull(line.fields().string(NAMES.id("n")));
    assertFalse(line.fields().any(NAMES.idsStartingWith("source.")));
    assertEquals("e", line.fields().string(NAMES.id("eventId")));
  }

  @Test
  void aValueInAnotherFormIsReadAsTheJdkReadsIt() throws Exception {
    read("<14>1 - - - - - [cvp@9 n=\"+7\" eventId=\"x\"]");
    assertEquals(7, line.fields().intValue(NAMES.id("n"), "n"));
    SyslogFieldException e =
        assertThrows(
            SyslogFieldException.class, () -> line.fields().uuid(NAMES.id("eventId"), "eventId"));
    assertEquals("eventId", e.field());
    assertEquals(39, e.offset());
  }

  @Test
  void otherFormatsAreReadWhole() throws Exception {
    read("<13>Oct 11 22:14:15 mymachine su: 'su root' failed");
    assertNotNull(line.other());
    assertNull(line.msgId());
  }

  @Test
  void refusesWhatTheGenericParseRefuses() {
    for (String text :
        List.of(
            "<14>1 2024-02-30T00:00:00Z - - - - -",
            "<14>1 2024-13-01T00:00:00Z - - - - -",
            "<14>1 2024-01-01T00:00:00+18:30 - - - - -",
            "<14>2 - - - - - -",
            "<14>1 - - - - - [cvp@9 n=\"a]\"]",
            "<14>1 - - - - - [cvp@9 n=\"a\"",
            "<14>1 - - - - - [cvp@9 thisParamNameIsLongerThan32BytesByFar=\"a\"]",
            "<14>1 - - - - - -x")) {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      SyslogParseException generic =
          assertThrows(SyslogParseException.class, () -> parser.parse(bytes), text);
      SyslogParseException ranges =
          assertThrows(
              SyslogParseException.class, () -> parser.parse(bytes, 0, bytes.length, line), text);
      assertEquals(generic.getMessage(), ranges.getMessage(), text);
    }
  }

  @Test
  void acceptsALeapDay() throws Exception {
    read("<14>1 2024-02-29T23:59:59.999999-12:00 - - - - -");
    assertEquals(List.of(), line.params());
  }

  private void read(String text) throws SyslogParseException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    parser.parse(bytes, 0, bytes.length, line);
  }
}
