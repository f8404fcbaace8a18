package dev.eventgen.runtime.syslog;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every real datagram of {@code captured.tsv} parses to the values written down here. The rows
 * cover what other Java parsers get wrong: escaped backslashes and {@code \]} in SD values, NIL
 * TIMESTAMP and SD, no MSG, characters above U+00FF, RFC 3164 without the tag's colon, and
 * CiscoLog.
 */
class CapturedRowsTest {

  /** RFC 3164 rows carry no year: read them on 2026-11-24 UTC, the day after the capture. */
  private static final Clock CAPTURE_DAY =
      Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);

  private static final String TIME_QUALITY = "[timeQuality tzKnown=1 isSynced=0]";

  private static final Map<String, Consumer<ParsedMessage>> EXPECTED =
      Map.ofEntries(
          entry(
              "A_logger5424_sd",
              p ->
                  p.rfc5424(19, 6)
                      .timestamp("2026-11-23T19:48:38.733072Z")
                      .header("vm", "cvp", null, "CALLSTART")
                      .sd(TIME_QUALITY)
                      .sd("[cvpCall@9999 callId=ABC123 ani=5551234]")
                      .msg("Call started on VXML server")
                      .noCisco()),
          entry(
              "B_logger5424_escapes",
              p ->
                  p.rfc5424(19, 4)
                      .timestamp("2026-11-23T19:48:38.796039Z")
                      .header(null, "cvp", null, "CALLEND")
                      .param("cvpCall@9999", "note", "quote \" bracket ] backslash \\")
                      .sd("[cvpCall@9999 callId=ABC123 note=quote \" bracket ] backslash \\]")
                      .msg("Call ended")),
          entry(
              "C_logger3164",
              p ->
                  p.rfc3164(19, 6)
                      .timestamp("2026-11-23T19:48:38Z")
                      .header("vm", "cvp", null, null)
                      .msg("Call started on VXML server")
                      .noCisco()),
          entry(
              "D_logger3164_pid",
              p ->
                  p.rfc3164(19, 3)
                      .timestamp("2026-11-23T19:49:06Z")
                      .header("vm", "cvp", "4242", null)
                      .msg("with pid 3164")),
          entry(
              "E_logger5424_notime_nilSD",
              p -> p.rfc5424(1, 5).timestamp(null).header("vm", "cvp", null, null).msg("no time")),
          entry(
              "F_rsyslog_relay_trailingLF",
              p ->
                  p.rfc5424(19, 6)
                      .timestamp("2026-11-23T19:51:59.955610Z")
                      .header("vm", "cvp", null, "CALLSTART")
                      .param("cvpCall@9999", "note", "q \" b ] s \\")
                      .sd(TIME_QUALITY)
                      .sd("[cvpCall@9999 callId=ABC123 note=q \" b ] s \\]")
                      .msg("Call started via relay")),
          entry(
              "G_rfc5424_ex1_BOM",
              p ->
                  p.rfc5424(4, 2)
                      .timestamp("2003-10-11T22:14:15.003Z")
                      .header("mymachine.example.com", "su", null, "ID47")
                      .msg("'su root' failed for lonvick on /dev/pts/8")),
          entry(
              "H_rfc5424_ex4_multiSD_offset_noMSG",
              p ->
                  p.rfc5424(20, 5)
                      .timestamp("2003-10-11T22:14:15.003-07:00")
                      .header("mymachine.example.com", "evntslog", null, "ID47")
                      .sd("[exampleSDID@32473 iut=3 eventSource=Application eventID=1011]")
                      .sd("[examplePriority@32473 class=high]")
                      .msg(null)),
          entry(
              "I_octet_counted_logger",
              p ->
                  p.rfc5424(1, 5)
                      .timestamp("2026-11-23T19:48:38.948702Z")
                      .header("vm", "cvp", null, "CALLSTART")
                      .sd(TIME_QUALITY)
                      .sd("[cvpCall@9999 callId=ABC123]")
                      .msg("octet counted udp")),
          entry(
              "J_cjk_in_sd_and_msg",
              p ->
                  p.rfc5424(1, 5)
                      .timestamp("2024-01-01T00:00Z")
                      .header("h", "app", null, null)
                      .sd("[x@1 k=\u4e2d\u6587]")
                      .msg("\u4e2d\u6587 msg")),
          entry(
              "K_logger_umlaut_msg",
              p ->
                  p.rfc5424(1, 5)
                      .timestamp("2026-11-23T19:49:06.970633Z")
                      .header("vm", "cvp", null, null)
                      .sd(TIME_QUALITY)
                      .msg("\u00fcn\u00efcode msg")),
          entry(
              "L_rsyslog_3164to5424_dblspace",
              p ->
                  p.rfc5424(19, 6)
                      .timestamp("2026-11-23T19:52Z")
                      .header("vm", "cvp", null, null)
                      .msg(" BSD in via relay")),
          entry(
              "M_rsyslog_trad_fwd_nocolon",
              p ->
                  p.rfc3164(19, 6)
                      .timestamp("2026-11-23T19:51:59Z")
                      .header("vm", "cvp", null, null)
                      .msg("Call started via relay")),
          entry(
              "N_3164_single_digit_day",
              p ->
                  p.rfc3164(4, 2)
                      .timestamp("2026-10-01T22:14:15Z")
                      .header("mymachine", "su", null, null)
                      .msg("'su root' failed")),
          entry(
              "O_cjk_in_msg_only",
              p ->
                  p.rfc5424(1, 5)
                      .timestamp("2024-01-01T00:00Z")
                      .header("h", "app", null, null)
                      .sd("[x@1 k=v]")
                      .msg("\u4e2d\u6587 msg")),
          entry(
              "P_emoji_msg_only",
              p ->
                  p.rfc5424(1, 5)
                      .timestamp("2024-01-01T00:00Z")
                      .header("h", "app", null, null)
                      .msg("ok \ud83d\ude00")),
          entry(
              "Q_procid_nilSD_msg",
              p ->
                  p.rfc5424(16, 6)
                      .timestamp("2024-05-01T10:00:00.123+02:00")
                      .header("cvp01", "VXMLServer", "3456", "CALLEND")
                      .msg("call ended")),
          entry(
              "R_empty_sd_value_and_trailing_space",
              p ->
                  p.rfc5424(16, 6)
                      .timestamp("2024-05-01T10:00Z")
                      .header("cvp01", "VXMLServer", null, null)
                      .sd("[a@1 x=]")
                      .param("a@1", "x", "")
                      .msg("")),
          entry(
              "S_latin1_in_sd",
              p ->
                  p.rfc5424(1, 5)
                      .timestamp("2024-01-01T00:00Z")
                      .header("h", "app", null, null)
                      .sd("[x@1 k=caf\u00e9]")
                      .msg("caf\u00e9")),
          entry(
              "T_ciscolog_ucce_example",
              p ->
                  p.format("CISCOLOG", 16, 6)
                      .timestamp("2007-02-13T18:23:21.408Z")
                      .header("host-w3k", null, null, null)
                      .cisco(
                          25,
                          "ICM_Router_CallRouter",
                          6,
                          "10500FF",
                          "[comp=Router-A][pname=rtr][iid=acme1][mid=10500FF][sev=info]")
                      .msg("Side A rtr process is OK.")));

  private final SyslogParser parser = new SyslogParser(CAPTURE_DAY, 65_536);

  @Test
  void everyCapturedRowHasAnExpectation() {
    assertEquals(CapturedRows.load().keySet(), EXPECTED.keySet());
  }

  @TestFactory
  Stream<DynamicTest> everyCapturedRowParsesRight() {
    return CapturedRows.load().entrySet().stream()
        .map(
            row ->
                DynamicTest.dynamicTest(
                    row.getKey(),
                    () -> {
                      SyslogMessage message = parser.parse(row.getValue());
                      EXPECTED.get(row.getKey()).accept(new ParsedMessage(message));
                    }));
  }
}
