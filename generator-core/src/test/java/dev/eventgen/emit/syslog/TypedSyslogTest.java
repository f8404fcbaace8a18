package dev.eventgen.emit.syslog;

import static dev.eventgen.emit.syslog.GeneratedCvpSyslog.invoke;
import static dev.eventgen.emit.syslog.GeneratedCvpSyslog.invokeStatic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated decoder reads typed events from SD params and reports bad fields precisely. */
class TypedSyslogTest {

  private static final String HEAD =
      "<190>1 2025-05-14T15:03:54.453Z cvp-cs1.example.com CVP_12_6_SIP - ";
  private static final String CALL_STARTED =
      HEAD
          + "CALL_STARTED [cvp@9"
          + " eventId=\"9b2f3c1e-6a0d-4c1b-8d0e-2f6f5d3a7c11\" eventType=\"call.started\""
          + " timestamp=\"2025-05-14T15:03:54.453Z\" severity=\"informational\""
          + " source.hostname=\"cvp-cs1\" source.deviceType=\"CallServer\""
          + " callGuid=\"064CD880000100000000025308C6C90A\" ani=\"5008\" dnis=\"8013\""
          + " icm.routerCallKey=\"12345678901\" applicationsVisited=\"Main\""
          + " applicationsVisited=\"Billing\"]"
          + " %CVP_12_6_SIP-6-CALL_STARTED: CALLGUID=064CD880000100000000025308C6C90A";

  private final GeneratedCvpSyslog cvp = GeneratedCvpSyslog.get();

  @Test
  void readsTheDesignExampleAsATypedEvent() throws Exception {
    Object event = eventOf(CALL_STARTED);
    assertEquals("CallStartedEvent", event.getClass().getSimpleName());
    assertEquals("064CD880000100000000025308C6C90A", invoke(event, "callGuid"));
    assertEquals("9b2f3c1e-6a0d-4c1b-8d0e-2f6f5d3a7c11", invoke(event, "eventId").toString());
    assertEquals("2025-05-14T15:03:54.453Z", invoke(event, "timestamp").toString());
    assertEquals("informational", invoke(invoke(event, "severity"), "value"));
    assertEquals("cvp-cs1", invoke(invoke(event, "source"), "hostname"));
    assertEquals(12345678901L, invoke(invoke(event, "icm"), "routerCallKey"));
    assertNull(invoke(invoke(event, "icm"), "dialogId"));
    assertEquals(List.of("Main", "Billing"), invoke(event, "applicationsVisited"));
    assertNull(invoke(event, "localTimeZoneOffset"));
  }

  @Test
  void readsCiscoMnemonicAndParamsFromRfc3164() throws Exception {
    Object event =
        eventOf(
            "<188>Nov 23 19:48:38 vm %CVP_12_6_SIP-4-THRESHOLD:"
                + " [eventId=3f1c2a9e-1d2b-4f8a-9e61-0a7c5b2d4e10][eventType=system.threshold_exceeded]"
                + "[timestamp=2025-05-14T15:03:54Z][severity=warning][source.hostname=cvp1]"
                + "[source.deviceType=VxmlServer][thresholdPercent=94.5][level=94][cleared=false]:"
                + " port usage high");
    assertEquals("ThresholdExceededEvent", event.getClass().getSimpleName());
    assertEquals(new java.math.BigDecimal("94.5"), invoke(event, "thresholdPercent"));
    assertEquals(94L, invoke(invoke(event, "level"), "value"));
    assertEquals(false, invoke(event, "cleared"));
  }

  @Test
  void readsCiscoLogTagsWithoutSequenceOrHost() throws Exception {
    for (String head :
        List.of(
            "<188>8: Nov 30 2026 09:20:00.123 UTC: ",
            "<188>*Nov 30 09:20:00.123 PST: ",
            "<188>57: cvp1: 000045: .Nov 30 2026 09:20:00 +0100: ")) {
      Object event =
          eventOf(
              head
                  + "%CVP_12_6_SIP-4-THRESHOLD: %[eventId=3f1c2a9e-1d2b-4f8a-9e61-0a7c5b2d4e10]"
                  + "[eventType=system.threshold_exceeded][timestamp=2025-05-14T15:03:54Z]"
                  + "[severity=warning][source.hostname=cvp1][source.deviceType=VxmlServer]"
                  + "[thresholdPercent=94.5][level=94][cleared=true]: port usage back to normal");
      assertEquals("ThresholdExceededEvent", event.getClass().getSimpleName(), head);
      assertEquals(94L, invoke(invoke(event, "level"), "value"), head);
      assertEquals(true, invoke(event, "cleared"), head);
    }
  }

  @Test
  void anUnknownMsgIdIsAnUnknownMessage() throws Exception {
    Object result = decode(HEAD + "NO_SUCH [cvp@9 a=\"b\"] x");
    assertNull(invoke(result, "messageName"));
    assertProblem(result, "UNKNOWN_MESSAGE", "MSGID", -1);
  }

  @Test
  void anEventTypeOtherThanTheMsgIdsIsAnUnknownMessageNotAMalformedOne() throws Exception {
    String line = CALL_STARTED.replace("\"call.started\"", "\"call.resumed\"");
    Object result = decode(line);
    assertNull(invoke(result, "messageName"));
    assertProblem(result, "UNKNOWN_MESSAGE", "/eventType", line.indexOf("call.resumed"));
    // Absent, it is a missing field of the message the MSGID names.
    Object missing = decode(CALL_STARTED.replace(" eventType=\"call.started\"", ""));
    assertEquals("CallStartedEvent", invoke(missing, "messageName"));
    assertProblem(missing, "MISSING_FIELD", "/eventType", -1);
  }

  @Test
  void aValueThatDoesNotConvertNamesTheFieldAndItsOffset() throws Exception {
    String line =
        CALL_STARTED.replace("icm.routerCallKey=\"12345678901\"", "icm.routerCallKey=\"12x\"");
    assertProblem(decode(line), "WRONG_TYPE", "/icm/routerCallKey", line.indexOf("12x"));
  }

  @Test
  void anUnknownEnumValueIsReportedAsSuch() throws Exception {
    String line = CALL_STARTED.replace("\"informational\"", "\"chatty\"");
    assertProblem(decode(line), "UNKNOWN_ENUM_VALUE", "/severity", line.indexOf("chatty"));
  }

  @Test
  void aMissingRequiredNestedFieldIsNamedByItsPath() throws Exception {
    String line = CALL_STARTED.replace(" source.hostname=\"cvp-cs1\"", "");
    assertProblem(decode(line), "MISSING_FIELD", "/source/hostname", -1);
  }

  @Test
  void aValueTheRecordRejectsIsAnInvalidValue() throws Exception {
    String line = CALL_STARTED.replace("064CD880000100000000025308C6C90A\" ani", "nope\" ani");
    Object problem = assertProblem(decode(line), "PATTERN_MISMATCH", "/callGuid", -1);
    assertEquals(
        true, ((String) invoke(problem, "message")).contains("callGuid"), problem.toString());
  }

  @Test
  void theFirstOfRepeatedScalarParamsCountsAtEveryDepth() throws Exception {
    String line =
        CALL_STARTED
            .replace(" ani=\"5008\"", " ani=\"5008\" ani=\"9999\"")
            .replace(
                " source.hostname=\"cvp-cs1\"",
                " source.hostname=\"cvp-cs1\" source.hostname=\"other\"");
    Object event = eventOf(line);
    assertEquals("5008", invoke(event, "ani"));
    assertEquals("cvp-cs1", invoke(invoke(event, "source"), "hostname"));
  }

  @Test
  void knownSdNamesAreReadAsSharedConstantsAndOthersAsText() throws Exception {
    String line = CALL_STARTED.replace("[cvp@9", "[x@1 source.hostnam=\"a\"][cvp@9");
    List<?> first = elements(line);
    List<?> second = elements(line);
    Object unknown = name(second, 0, 0);
    assertEquals("source.hostnam", unknown);
    assertNotSame(name(first, 0, 0), unknown, "an unknown name is read, not shared");
    assertSame(invoke(first.get(1), "id"), invoke(second.get(1), "id"));
    for (int i = 0; i < params(first, 1).size(); i++) {
      assertSame(name(first, 1, i), name(second, 1, i));
    }
    assertSame("source.hostname", name(first, 1, 4), "the name is the decoder's own constant");
  }

  private List<?> elements(String line) throws Exception {
    Object message = cvp.parser().parse(line.getBytes(StandardCharsets.UTF_8));
    return (List<?>) invoke(message, "structuredData");
  }

  private static List<?> params(List<?> elements, int element) throws Exception {
    return (List<?>) invoke(elements.get(element), "params");
  }

  private static Object name(List<?> elements, int element, int param) throws Exception {
    return invoke(params(elements, element).get(param), "name");
  }

  private Object eventOf(String line) throws Exception {
    Object result = decode(line);
    assertNull(invoke(result, "problem"), () -> String.valueOf(result));
    return invoke(result, "event");
  }

  Object decode(String line) throws Exception {
    Object message = cvp.parser().parse(line.getBytes(StandardCharsets.UTF_8));
    return invokeStatic(cvp.syslog("CvpSyslogDecoder"), "decode", message);
  }

  private static Object assertProblem(Object result, String kind, String field, long offset)
      throws Exception {
    Object problem = invoke(result, "problem");
    assertEquals(kind, String.valueOf(invoke(problem, "kind")), problem::toString);
    assertEquals(field, invoke(problem, "field"), problem::toString);
    assertEquals(offset, invoke(problem, "offset"), problem::toString);
    assertNull(invoke(result, "event"));
    return problem;
  }
}
