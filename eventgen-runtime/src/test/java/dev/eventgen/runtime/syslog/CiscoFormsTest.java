package dev.eventgen.runtime.syslog;

import static dev.eventgen.runtime.syslog.SyslogTimeAccuracy.NOT_AUTHORITATIVE;
import static dev.eventgen.runtime.syslog.SyslogTimeAccuracy.NOT_SYNCHRONIZED;
import static dev.eventgen.runtime.syslog.SyslogTimeAccuracy.SYNCHRONIZED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lines written by hand from Cisco's documented forms: the CiscoLog format of the contact-centre
 * serviceability guides ({@code SEQNUM: HOST: [ACCURACY]TIMESTAMP: %HEADER: [TAGS: ]MESSAGE}) and
 * what IOS writes under {@code logging message-counter}, {@code service sequence-numbers}, {@code
 * logging origin-id} and {@code service timestamps log datetime [msec] [localtime] [show-timezone]
 * [year]}.
 */
class CiscoFormsTest {

  /** Noon UTC on 1 June 2026: a time without a year is in 2026 unless that is a day ahead. */
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);

  private final SyslogParser parser = new SyslogParser(CLOCK, 4096);

  private ParsedMessage read(String line) throws SyslogParseException {
    return new ParsedMessage(parser.parse(line));
  }

  @Test
  void ciscoLogWithPercentTagsAndAccuracy() throws SyslogParseException {
    read("<134>12: host.cisco.com: *Jun 13 2003 23:11:52.454 UTC: %BACC-4-BAD_REQUEST:"
            + " %[pname.orig=rdu][comp=parser][mac=1,6,aa:bb:cc:11:22:33][txn=mytxn123]: Bad"
            + " request received from device [1,6,aa:bb:cc:11:22:33]. Header missing.")
        .format("CISCOLOG", 16, 6)
        .timestamp("2003-06-13T23:11:52.454Z")
        .header("host.cisco.com", null, null, null)
        .cisco(
            12,
            "BACC",
            4,
            "BAD_REQUEST",
            "[pname.orig=rdu][comp=parser][mac=1,6,aa:bb:cc:11:22:33][txn=mytxn123]")
        .ciscoTime(-1, NOT_AUTHORITATIVE, "UTC")
        .msg("Bad request received from device [1,6,aa:bb:cc:11:22:33]. Header missing.");
  }

  @Test
  void ciscoLogWithoutTagsKeepsBracketsInTheText() throws SyslogParseException {
    read("<134>11: host.cisco.com: Jun 13 2003 23:11:52.454 UTC: %BACC-5-CONFIG: Configured"
            + " from console by vty0 [10.10.10.0]")
        .cisco(11, "BACC", 5, "CONFIG", "")
        .ciscoTime(-1, SYNCHRONIZED, "UTC")
        .msg("Configured from console by vty0 [10.10.10.0]");
    // k=v brackets not closed by ':' are text, not tags
    read("<134>11: h: Jun 13 2003 23:11:52 UTC: %A-5-B: [ip=10.0.0.1] refused")
        .cisco(11, "A", 5, "B", "")
        .msg("[ip=10.0.0.1] refused");
  }

  @Test
  void ciscoLogTagsWithoutPercentAndRepeatedKeys() throws SyslogParseException {
    read("<134>25: host-w3k: Feb 13 2007 18:23:21.408 +0000: %ICM_Router_CallRouter-6-10500FF:"
            + " [comp=Router-A][pname=rtr][iid=acme1][mid=10500FF][sev=info]: Side A rtr"
            + " process is OK.")
        .timestamp("2007-02-13T18:23:21.408Z")
        .cisco(
            25,
            "ICM_Router_CallRouter",
            6,
            "10500FF",
            "[comp=Router-A][pname=rtr][iid=acme1][mid=10500FF][sev=info]")
        .ciscoTime(-1, SYNCHRONIZED, null)
        .msg("Side A rtr process is OK.");
    read("<134>3: h: Feb 13 2007 18:23:21 UTC: %A-6-B: %[ip=10.0.0.1][ip=10.0.0.2]: two")
        .cisco(3, "A", 6, "B", "[ip=10.0.0.1][ip=10.0.0.2]")
        .msg("two");
    read("<134>3: h: Feb 13 2007 18:23:21 UTC: %A-6-B: [k=v]").cisco(3, "A", 6, "B", "[k=v]");
  }

  @Test
  void tagsAreTheFieldsAGeneratedDecoderReads() throws SyslogParseException {
    String line =
        "<190>8: cvp1: *Nov 30 2026 09:20:00.123 UTC: %CVP_12_6_SIP-6-CALL_STARTED:"
            + " %[ani=5008][icm.routerCallKey=12][applications=Main][applications=Billing]: x";
    SyslogFields fields = new SyslogFields(SyslogFields.params(parser.parse(line), "cvp@9"));
    assertEquals("5008", fields.value("", "ani", text -> text));
    assertEquals(Long.valueOf(12), fields.<Long>value("icm.", "routerCallKey", Long::valueOf));
    assertEquals(List.of("Main", "Billing"), fields.values("", "applications", text -> text));
    SyslogFieldException error =
        assertThrows(SyslogFieldException.class, () -> fields.value("", "ani", SyslogFields::bool));
    assertEquals((long) line.indexOf("5008"), error.offset());
  }

  @Test
  void withoutHost() throws SyslogParseException {
    read("<190>8: Nov 30 2026 09:20:00.123 UTC: %CVP_12_6_SIP-6-CALL_STARTED:"
            + " [callGuid=064CD880000100000000025308C6C90A][ani=5008]: new call")
        .format("CISCOLOG", 23, 6)
        .timestamp("2026-11-30T09:20:00.123Z")
        .header(null, null, null, null)
        .cisco(
            8,
            "CVP_12_6_SIP",
            6,
            "CALL_STARTED",
            "[callGuid=064CD880000100000000025308C6C90A][ani=5008]")
        .msg("new call");
  }

  @Test
  void iosDefaultCounterMarkerNoYearMsecNoZone() throws SyslogParseException {
    // service timestamps log datetime msec; the clock was never set: '*'
    read("<189>57: *Mar  1 00:00:45.123: %SYS-5-CONFIG_I: Configured from console by console")
        .format("CISCOLOG", 23, 5)
        .timestamp("2026-03-01T00:00:45.123Z")
        .header(null, null, null, null)
        .cisco(57, "SYS", 5, "CONFIG_I", "")
        .ciscoTime(-1, NOT_AUTHORITATIVE, null)
        .msg("Configured from console by console");
  }

  @Test
  void iosSequenceNumbersOriginIdAndZoneName() throws SyslogParseException {
    // logging origin-id hostname, service sequence-numbers, show-timezone, NTP lost: '.'
    read("<189>104: router1: 000098: .May 20 09:20:00 PST: %LINEPROTO-5-UPDOWN: Line protocol"
            + " on Interface Gi0/1, changed state to up")
        .timestamp("2026-05-20T09:20-08:00")
        .header("router1", null, null, null)
        .cisco(104, "LINEPROTO", 5, "UPDOWN", "")
        .ciscoTime(98, NOT_SYNCHRONIZED, "PST")
        .msg("Line protocol on Interface Gi0/1, changed state to up");
    read("<189>35: 000031: May 20 10:01:02.5 CEST: %SYS-5-CONFIG_I: x")
        .timestamp("2026-05-20T10:01:02.500+02:00")
        .header(null, null, null, null)
        .cisco(35, "SYS", 5, "CONFIG_I", "")
        .ciscoTime(31, SYNCHRONIZED, "CEST");
  }

  @Test
  void withoutSequenceNumber() throws SyslogParseException {
    read("<189>*Mar  1 00:00:45.123 UTC: %SYS-5-CONFIG_I: x")
        .format("CISCOLOG", 23, 5)
        .timestamp("2026-03-01T00:00:45.123Z")
        .cisco(-1, "SYS", 5, "CONFIG_I", "")
        .ciscoTime(-1, NOT_AUTHORITATIVE, "UTC")
        .msg("x");
    read("<189>May 20 10:01:02.123: %SYS-5-CONFIG_I: x")
        .timestamp("2026-05-20T10:01:02.123Z")
        .cisco(-1, "SYS", 5, "CONFIG_I", "");
    read("<189>May 20 10:01:02 CET: %SYS-5-CONFIG_I: x")
        .timestamp("2026-05-20T10:01:02+01:00")
        .ciscoTime(-1, SYNCHRONIZED, "CET");
    read("<189>May 20 2025 10:01:02 -0700: %SYS-5-CONFIG_I: x")
        .timestamp("2025-05-20T10:01:02-07:00")
        .ciscoTime(-1, SYNCHRONIZED, null);
    read("<189>router1: .May 20 10:01:02: %SYS-5-CONFIG_I: x")
        .format("CISCOLOG", 23, 5)
        .header("router1", null, null, null)
        .timestamp("2026-05-20T10:01:02Z")
        .ciscoTime(-1, NOT_SYNCHRONIZED, null);
  }

  @Test
  void withoutTimestamp() throws SyslogParseException {
    // no service timestamps
    read("<189>42: %SYS-5-CONFIG_I: x")
        .timestamp(null)
        .cisco(42, "SYS", 5, "CONFIG_I", "")
        .ciscoTime(-1, null, null)
        .msg("x");
    read("<189>42: r1: %SYS-5-CONFIG_I:").header("r1", null, null, null).msg(null);
  }

  @Test
  void iosUptimeInsteadOfATimestamp() throws SyslogParseException {
    // service timestamps log uptime: hh:mm:ss in the first day, then days and hours, ...
    for (String uptime : new String[] {"00:01:23", "23:59:59.123", "1d02h", "3w4d", "1y2w"}) {
      SyslogMessage message = parser.parse("<189>12: " + uptime + ": %SYS-5-CONFIG_I: x");
      new ParsedMessage(message)
          .format("CISCOLOG", 23, 5)
          .timestamp(null)
          .header(null, null, null, null)
          .cisco(12, "SYS", 5, "CONFIG_I", "")
          .ciscoTime(-1, null, null)
          .msg("x");
      assertEquals(uptime, message.cisco().uptime());
    }
    SyslogMessage hosted = parser.parse("<189>router1: 2w0d: %SYS-5-CONFIG_I: x");
    assertEquals("router1", hosted.hostname());
    assertEquals("2w0d", hosted.cisco().uptime());
    SyslogMessage bare = parser.parse("<189>00:01:23: %SYS-5-CONFIG_I: x");
    assertEquals(SyslogFormat.CISCOLOG, bare.format());
    assertEquals("00:01:23", bare.cisco().uptime());
    // not an uptime: a host
    assertEquals("1x2", parser.parse("<189>4: 1x2: %SYS-5-CONFIG_I: x").hostname());
  }

  @Test
  void zoneOffsetsAndFractions() throws SyslogParseException {
    read("<134>1: h: Mar 1 2024 10:00:00.1 +05:30: %A-6-B: x")
        .timestamp("2024-03-01T10:00:00.100+05:30");
    read("<134>1: h: Mar 01 2024 10:00:00.123456789 -0330: %A-6-B: x")
        .timestamp("2024-03-01T10:00:00.123456789-03:30");
    read("<134>1: h: Mar  1 2024 10:00:00 GMT: %A-6-B: x").timestamp("2024-03-01T10:00Z");
    read("<134>1: h: Mar  1 2024 10:00:00 Z: %A-6-B: x").timestamp("2024-03-01T10:00Z");
    read("<134>1: h: Feb 29 2024 23:59:59 UTC: %A-6-B: x").timestamp("2024-02-29T23:59:59Z");
  }

  @Test
  void anUnknownZoneNameIsReadInTheClockZoneAndKept() throws SyslogParseException {
    SyslogParser chicago =
        new SyslogParser(
            Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneId.of("America/Chicago")), 4096);
    // CST is US Central and China Standard: only the receiver can say which
    SyslogMessage message = chicago.parse("<134>1: h: Jan 10 2026 10:00:00 CST: %A-6-B: x");
    new ParsedMessage(message)
        .timestamp("2026-01-10T10:00-06:00")
        .ciscoTime(-1, SYNCHRONIZED, "CST");
    new ParsedMessage(chicago.parse("<134>1: h: Jun 10 2026 10:00:00: %A-6-B: x"))
        .timestamp("2026-06-10T10:00-05:00")
        .ciscoTime(-1, SYNCHRONIZED, null);
  }

  @Test
  void yearIsInferredBackAcrossNewYear() throws SyslogParseException {
    SyslogParser january =
        new SyslogParser(Clock.fixed(Instant.parse("2027-01-01T00:30:00Z"), ZoneOffset.UTC), 4096);
    assertEquals(
        "2026-12-31T23:59:59Z",
        january.parse("<189>5: *Dec 31 23:59:59 UTC: %SYS-5-X: y").timestamp().toString());
    assertEquals(
        "2027-01-01T00:10Z",
        january.parse("<189>5: Jan  1 00:10:00 UTC: %SYS-5-X: y").timestamp().toString());
  }

  @Test
  void ipv6HostAndMultiPartFacility() throws SyslogParseException {
    read("<187>9: 2001:db8::1: May 20 2026 10:01:02.345 UTC: %SECURITY-SSHD-6-INFO_GENERAL:"
            + " session up")
        .header("2001:db8::1", null, null, null)
        .cisco(9, "SECURITY-SSHD", 6, "INFO_GENERAL", "")
        .msg("session up");
  }

  @Test
  void rfc3164LinesStayRfc3164() throws SyslogParseException {
    read("<187>May 20 10:01:02 router1 %LINK-3-UPDOWN: Interface Gi0/1, changed state to down")
        .rfc3164(23, 3)
        .header("router1", null, null, null)
        .cisco(-1, "LINK", 3, "UPDOWN", "")
        .ciscoTime(-1, null, null)
        .msg("Interface Gi0/1, changed state to down");
    read("<188>Nov 23 19:48:38 vm %CVP_12_6_SIP-4-THRESHOLD: %[level=94][cleared=false]: high")
        .rfc3164(23, 4)
        .timestamp("2025-11-23T19:48:38Z")
        .cisco(-1, "CVP_12_6_SIP", 4, "THRESHOLD", "[level=94][cleared=false]")
        .msg("high");
    read("<13>May 20 10:01:02 host app: 10:01:02: text")
        .rfc3164(1, 5)
        .header("host", "app", null, null)
        .noCisco()
        .msg("10:01:02: text");
    read("<13>router1: not a timestamp").rfc3164(1, 5).noCisco().msg("router1: not a timestamp");
    read("<13>app: Nov 23 19:48:38 was the time")
        .rfc3164(1, 5)
        .timestamp(null)
        .noCisco()
        .msg("app: Nov 23 19:48:38 was the time");
  }
}
