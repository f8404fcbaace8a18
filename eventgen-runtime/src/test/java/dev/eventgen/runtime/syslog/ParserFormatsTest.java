package dev.eventgen.runtime.syslog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines written from RFC 5424, RFC 3164 and Cisco's CiscoLog description, read field by field. */
class ParserFormatsTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);

  private final SyslogParser parser = new SyslogParser(CLOCK, 4096);

  @Test
  void rfc5424SectionSixFiveExampleWithBom() throws SyslogParseException {
    byte[] head =
        ("<34>1 2003-10-11T22:14:15.003Z mymachine.example.com su - ID47 - ")
            .getBytes(StandardCharsets.US_ASCII);
    byte[] msg = "'su root' failed".getBytes(StandardCharsets.UTF_8);
    byte[] line = new byte[head.length + 3 + msg.length];
    System.arraycopy(head, 0, line, 0, head.length);
    line[head.length] = (byte) 0xEF;
    line[head.length + 1] = (byte) 0xBB;
    line[head.length + 2] = (byte) 0xBF;
    System.arraycopy(msg, 0, line, head.length + 3, msg.length);
    SyslogMessage message = parser.parse(line);
    assertEquals(SyslogFormat.RFC5424, message.format());
    assertEquals(4, message.facility());
    assertEquals(2, message.severity());
    assertEquals(34, message.priority());
    assertEquals(OffsetDateTime.parse("2003-10-11T22:14:15.003Z"), message.timestamp());
    assertEquals("mymachine.example.com", message.hostname());
    assertEquals("su", message.appName());
    assertNull(message.procId());
    assertEquals("ID47", message.msgId());
    assertEquals(List.of(), message.structuredData());
    assertEquals("'su root' failed", message.msg());
  }

  @Test
  void rfc5424FractionsAndOffsets() throws SyslogParseException {
    SyslogMessage message =
        parser.parse("<165>1 2003-08-24T05:14:15.000003-07:00 192.0.2.1 myproc 8710 - - %% It's");
    assertEquals(OffsetDateTime.parse("2003-08-24T05:14:15.000003-07:00"), message.timestamp());
    assertEquals("8710", message.procId());
    assertEquals("%% It's", message.msg());
    assertEquals(
        OffsetDateTime.parse("2024-01-01T00:00:00.5+05:30"),
        parser.parse("<13>1 2024-01-01T00:00:00.5+05:30 h a - - -").timestamp());
  }

  @Test
  void rfc5424StructuredDataWithEscapesAndSeveralElements() throws SyslogParseException {
    SyslogMessage message =
        parser.parse(
            "<165>1 2003-10-11T22:14:15.003Z h evntslog - ID47 [exampleSDID@32473 iut=\"3\""
                + " eventSource=\"App \\\"x\\\" \\\\ \\] \\n"
                + "\"][examplePriority@32473 class=\"high\"]");
    assertEquals(2, message.structuredData().size());
    SyslogSdElement first = message.sdElement("exampleSDID@32473");
    assertEquals("3", first.value("iut"));
    // only \" \\ and \] are escapes; any other backslash stays
    assertEquals("App \"x\" \\ ] \\n", first.value("eventSource"));
    assertEquals("high", message.sdElement("examplePriority@32473").value("class"));
    assertNull(message.msg());
  }

  @Test
  void rfc5424NilValuesReadAsNull() throws SyslogParseException {
    SyslogMessage message = parser.parse("<13>1 - - - - - -");
    assertNull(message.timestamp());
    assertNull(message.hostname());
    assertNull(message.appName());
    assertNull(message.procId());
    assertNull(message.msgId());
    assertEquals(List.of(), message.structuredData());
    assertNull(message.msg());
  }

  @Test
  void rfc3164WithCiscoMnemonic() throws SyslogParseException {
    SyslogMessage message =
        parser.parse(
            "<187>May 20 10:01:02 router1 %LINK-3-UPDOWN: Interface Gi0/1, changed state to down");
    assertEquals(SyslogFormat.RFC3164, message.format());
    assertEquals(23, message.facility());
    assertEquals(3, message.severity());
    assertEquals(OffsetDateTime.parse("2026-05-20T10:01:02Z"), message.timestamp());
    assertEquals("router1", message.hostname());
    assertEquals("LINK", message.cisco().app());
    assertEquals(3, message.cisco().severity());
    assertEquals("UPDOWN", message.cisco().mnemonic());
    assertEquals(-1, message.cisco().sequence());
    assertEquals("Interface Gi0/1, changed state to down", message.msg());
  }

  @Test
  void rfc3164TagPidAndMnemonicAfterTheTag() throws SyslogParseException {
    SyslogMessage message =
        parser.parse("<13>Jan  5 01:02:03 host app[42]: %SYS-5-CONFIG_I: Configured");
    assertEquals("app", message.appName());
    assertEquals("42", message.procId());
    assertEquals("CONFIG_I", message.cisco().mnemonic());
    assertEquals("Configured", message.msg());
  }

  @Test
  void rfc3164WithoutTimestampIsAllMessage() throws SyslogParseException {
    SyslogMessage message = parser.parse("<13>just text");
    assertNull(message.timestamp());
    assertEquals("just text", message.msg());
  }

  @Test
  void ciscoLogWithParams() throws SyslogParseException {
    SyslogMessage message =
        parser.parse(
            "<134>25: host-w3k: Feb 13 2007 18:23:21.408 UTC: %ICM_Router_CallRouter-6-10500FF:"
                + " [comp=Router-A][pname=rtr]: Side A rtr process is OK.");
    assertEquals(SyslogFormat.CISCOLOG, message.format());
    assertEquals(OffsetDateTime.parse("2007-02-13T18:23:21.408Z"), message.timestamp());
    assertEquals("host-w3k", message.hostname());
    SyslogCisco cisco = message.cisco();
    assertEquals(25, cisco.sequence());
    assertEquals("ICM_Router_CallRouter", cisco.app());
    assertEquals(6, cisco.severity());
    assertEquals("10500FF", cisco.mnemonic());
    assertEquals(2, cisco.params().size());
    assertEquals("Router-A", cisco.params().get(0).value());
    assertEquals("pname", cisco.params().get(1).name());
    assertEquals("rtr", cisco.params().get(1).value());
    assertEquals("Side A rtr process is OK.", message.msg());
  }

  @Test
  void ciscoLogNumericZones() throws SyslogParseException {
    assertEquals(
        OffsetDateTime.parse("2024-03-01T10:00:00-05:00"),
        parser.parse("<134>1: h: Mar 1 2024 10:00:00 -0500: %A-6-B: x").timestamp());
    assertEquals(
        OffsetDateTime.parse("2024-03-01T10:00:00+01:00"),
        parser.parse("<134>1: h: Mar 1 2024 10:00:00 +01:00: %A-6-B: x").timestamp());
  }

  @Test
  void knownNamesAreSharedConstants() throws SyslogParseException {
    String id = new String("acme@1".toCharArray());
    String name = new String("callId".toCharArray());
    SyslogParser known = new SyslogParser(CLOCK, 4096, SyslogNames.of(id, name));
    SyslogMessage message = known.parse("<13>1 - h a - - [acme@1 callId=\"1\" other=\"2\"]");
    SyslogSdElement element = message.structuredData().get(0);
    assertSame(id, element.id());
    assertSame(name, element.params().get(0).name());
    assertEquals("other", element.params().get(1).name());
    SyslogMessage again = new SyslogParser(CLOCK, 4096).parse("<13>1 - h a - - [acme@1 k=\"v\"]");
    assertEquals("acme@1", again.structuredData().get(0).id());
  }

  @Test
  void octetCountAndRelayTrailersAreSkipped() throws SyslogParseException {
    assertEquals("m", parser.parse("19 <13>1 - h a - - - m").msg());
    assertEquals("m", parser.parse("<13>1 - h a - - - m\r\n\0").msg());
  }

  @Test
  void garbageIsAProblemWithOffsetNeverAnotherException() {
    for (String garbage :
        List.of(
            "",
            "\0\0\0",
            "<>",
            "<1>1 ",
            "<13>1 2024-99",
            "<13>1 - h a - - [",
            "<134>1: h: Foo",
            "<13>Feb 31 10:00:00 h t: m",
            "\u00ff\u00fe<13>")) {
      SyslogParseException e =
          assertThrows(SyslogParseException.class, () -> parser.parse(garbage), garbage);
      assertEquals(false, e.tooLarge());
      assertEquals(true, e.offset() >= 0 && e.offset() <= garbage.length() * 2, garbage);
      assertEquals(true, e.getMessage().startsWith("expected " + e.expected()), e.getMessage());
    }
  }
}
