package dev.eventgen.emit.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generate the CVP-like model, compile it, load it and use it as a consumer would. */
class CvpRecordsBehaviourTest {

  static final String CALL_STARTED =
      """
      {"eventId":"9b2f3c1e-6a0d-4c1b-8d0e-2f6f5d3a7c11","eventType":"call.started",
       "specVersion":"1.0","timestamp":"2025-05-14T15:03:54.453Z","localTimeZoneOffset":-240,
       "severity":"informational",
       "source":{"hostname":"cvp-cs1.example.com","deviceType":"CallServer","subsystem":"SIP"},
       "callGuid":"064CD880000100000000025308C6C90A","ani":"5008","dnis":"8013",
       "parameters":{"lang":"en-US","skill":"billing"}}
      """;

  static final String THRESHOLD =
      """
      {"eventId":"3f1c2a9e-1d2b-4f8a-9e61-0a7c5b2d4e10","eventType":"system.threshold_exceeded",
       "specVersion":"1.0","timestamp":"2025-05-14T17:10:00.125+02:00","severity":"warning",
       "source":{"hostname":"cvp-cs1.example.com","deviceType":"CallServer","subsystem":"System"},
       "deviceId":"040645fb-a4f0-4019-964f-c70d9e629fba","thresholdValue":94,"currentValue":95.2,
       "state":"raise","snmp":{"notificationOid":"1.3.6.1.4.1.9.9.590.0.1","eventMessageId":9007}}
      """;

  static final String CONFIG_DEPLOYED =
      """
      {"eventId":"7d1c2a9e-1d2b-4f8a-9e61-0a7c5b2d4e10","eventType":"deployment.config_deployed",
       "specVersion":"1.0","timestamp":"2025-05-14T15:10:00.001Z","severity":"notice",
       "source":{"hostname":"oamp.example.com","deviceType":"CallServer"},
       "deploymentId":"040645fb-a4f0-4019-964f-c70d9e629fbb",
       "targetDevices":[{"deviceId":"040645fb-a4f0-4019-964f-c70d9e629fbc","status":"Success"},
                        {"deviceId":"040645fb-a4f0-4019-964f-c70d9e629fbd","status":"Failed"}]}
      """;

  @TempDir static Path workDir;
  static GeneratedModel model;

  @BeforeAll
  static void generate() throws Exception {
    model = GeneratedModel.of(CvpModel.api(), workDir);
  }

  @Test
  void callStartedRoundTripsUnchanged() throws Exception {
    assertEquals(model.tree(CALL_STARTED), model.roundTrip(CALL_STARTED, "CallStartedEvent"));
  }

  @Test
  void offsetsFractionsAndBigDecimalsRoundTripUnchanged() throws Exception {
    assertEquals(model.tree(THRESHOLD), model.roundTrip(THRESHOLD, "ThresholdExceededEvent"));
    Object event = model.read(THRESHOLD, "ThresholdExceededEvent");
    OffsetDateTime timestamp = (OffsetDateTime) GeneratedModel.call(event, "timestamp");
    assertEquals(ZoneOffset.ofHours(2), timestamp.getOffset());
    assertEquals(new BigDecimal("94"), GeneratedModel.call(event, "thresholdValue"));
    assertEquals(new BigDecimal("95.2"), GeneratedModel.call(event, "currentValue"));
  }

  @Test
  void listOfObjectsRoundTripsAndIsImmutable() throws Exception {
    assertEquals(
        model.tree(CONFIG_DEPLOYED), model.roundTrip(CONFIG_DEPLOYED, "ConfigDeployedEvent"));
    List<?> targets =
        (List<?>)
            GeneratedModel.call(
                model.read(CONFIG_DEPLOYED, "ConfigDeployedEvent"), "targetDevices");
    assertEquals(2, targets.size());
    assertThrows(UnsupportedOperationException.class, () -> targets.remove(0));
  }

  @Test
  void missingRequiredFieldIsRejectedNamingIt() throws Exception {
    String json = without(CALL_STARTED, "callGuid");

    Throwable cause = model.rejection(json, "CallStartedEvent");

    assertInstanceOf(NullPointerException.class, cause);
    assertEquals("CallStartedEvent.callGuid is required", cause.getMessage());
  }

  @Test
  void missingNestedRequiredFieldIsRejectedNamingIt() throws Exception {
    ObjectNode tree = (ObjectNode) model.tree(CALL_STARTED);
    ((ObjectNode) tree.get("source")).remove("hostname");

    Throwable cause = model.rejection(tree.toString(), "CallStartedEvent");

    assertEquals("EventSource.hostname is required", cause.getMessage());
  }

  @Test
  void constViolationIsRejected() throws Exception {
    String json = CALL_STARTED.replace("\"call.started\"", "\"call.ended\"");

    Throwable cause = model.rejection(json, "CallStartedEvent");

    assertInstanceOf(IllegalArgumentException.class, cause);
    assertEquals(
        "CallStartedEvent.eventType must be \"call.started\" but was \"call.ended\"",
        cause.getMessage());
  }

  @Test
  void patternLengthRangeAndItemCountViolationsAreRejected() throws Exception {
    assertEquals(
        "CallStartedEvent.callGuid must match ^[0-9A-F]{32}$ but was \"064cd8\"",
        model
            .rejection(
                CALL_STARTED.replace("064CD880000100000000025308C6C90A", "064cd8"),
                "CallStartedEvent")
            .getMessage());
    assertEquals(
        "CallStartedEvent.dnis must be at most 32 characters long but was 33",
        model
            .rejection(CALL_STARTED.replace("8013", "8".repeat(33)), "CallStartedEvent")
            .getMessage());
    assertEquals(
        "CallStartedEvent.localTimeZoneOffset must be >= -720 but was -721",
        model.rejection(CALL_STARTED.replace("-240", "-721"), "CallStartedEvent").getMessage());
    ObjectNode tree = (ObjectNode) model.tree(CONFIG_DEPLOYED);
    tree.putArray("targetDevices");
    assertEquals(
        "ConfigDeployedEvent.targetDevices must have at least 1 elements but has 0",
        model.rejection(tree.toString(), "ConfigDeployedEvent").getMessage());
  }

  @Test
  void unknownEnumValueIsReportedWithTheValue() {
    String json = CALL_STARTED.replace("\"informational\"", "\"chatty\"");

    Throwable cause = model.rejection(json, "CallStartedEvent");

    assertInstanceOf(IllegalArgumentException.class, cause);
    assertEquals(
        "unknown Severity value 'chatty' (expected one of: emergency, alert, critical, error,"
            + " warning, notice, informational, debug)",
        cause.getMessage());
  }

  @Test
  void integerEnumReadsAndWritesItsNumber() throws Exception {
    String json =
        without(CALL_STARTED, "parameters")
            .replace("call.started", "call.error")
            .replace("\"dnis\":\"8013\"", "\"errorCode\":\"E1\",\"vxmlErrorCode\":43")
            .replace(",\"ani\":\"5008\"", "");
    assertEquals(model.tree(json), model.roundTrip(json, "CallErrorEvent"));
    Object code = model.call("CallErrorEventVxmlErrorCode", "fromValue", 43);
    assertEquals("VALUE_43", code.toString());
    var e =
        assertThrows(
            InvocationTargetException.class,
            () -> model.call("CallErrorEventVxmlErrorCode", "fromValue", 46));
    assertEquals(
        "unknown CallErrorEventVxmlErrorCode value '46' (expected one of: 40, 41, 42, 43, 44, 45)",
        e.getCause().getMessage());
  }

  @Test
  void unknownPropertiesAreIgnored() throws Exception {
    ObjectNode tree = (ObjectNode) model.tree(CALL_STARTED);
    tree.put("addedInVersion13", "x");

    assertEquals(model.tree(CALL_STARTED), model.roundTrip(tree.toString(), "CallStartedEvent"));
  }

  @Test
  void optionalFieldsMayBeAbsentAndAreNotWritten() throws Exception {
    String json = without(without(CALL_STARTED, "ani"), "parameters");

    Object event = model.read(json, "CallStartedEvent");

    assertNull(GeneratedModel.call(event, "ani"));
    assertEquals(model.tree(json), model.tree(model.mapper().writeValueAsString(event)));
  }

  @Test
  void builderPrefillsConstantsAndValidates() throws Exception {
    Object source = model.read("{\"hostname\":\"h\",\"deviceType\":\"CallServer\"}", "EventSource");
    Object builder = model.call("CallStartedEvent", "builder");
    GeneratedModel.call(
        builder, "eventId", UUID.fromString("9b2f3c1e-6a0d-4c1b-8d0e-2f6f5d3a7c11"));
    GeneratedModel.call(builder, "timestamp", OffsetDateTime.parse("2025-05-14T15:03:54.453Z"));
    GeneratedModel.call(builder, "severity", model.call("Severity", "fromValue", "debug"));
    GeneratedModel.call(builder, "source", source);
    GeneratedModel.call(builder, "callGuid", "064CD880000100000000025308C6C90A");
    GeneratedModel.call(builder, "parameters", Map.of("lang", "en"));

    var missingDnis =
        assertThrows(InvocationTargetException.class, () -> GeneratedModel.call(builder, "build"));
    assertEquals("CallStartedEvent.dnis is required", missingDnis.getCause().getMessage());

    GeneratedModel.call(builder, "dnis", "8013");
    Object event = GeneratedModel.call(builder, "build");
    assertEquals("call.started", GeneratedModel.call(event, "eventType"));
    assertEquals("1.0", GeneratedModel.call(event, "specVersion"));
    JsonNode written = model.tree(model.mapper().writeValueAsString(event));
    assertEquals("8013", written.get("dnis").asText());
    assertEquals(event, model.read(written.toString(), "CallStartedEvent"));
  }

  @Test
  void everyMessageClassIsACvpEvent() throws Exception {
    Class<?> event = model.type("CvpEvent");
    assertTrue(event.isSealed());
    assertEquals(
        List.of(
            "CallErrorEvent", "CallStartedEvent", "ConfigDeployedEvent", "ThresholdExceededEvent"),
        java.util.Arrays.stream(event.getPermittedSubclasses()).map(Class::getSimpleName).toList());
    assertTrue(event.isInstance(model.read(CALL_STARTED, "CallStartedEvent")));
  }

  @Test
  void descriptorListsTheChannels() throws Exception {
    Class<?> api = model.type("CvpApi");
    assertEquals("Cisco Voice Portal Call Events API", api.getField("TITLE").get(null));
    assertEquals("1.0.0", api.getField("VERSION").get(null));
    assertEquals("0123abcd", api.getField("CONTENT_HASH").get(null));
    Object started = api.getField("CVP_CALLS_STARTED").get(null);
    assertEquals("cvp/calls/started", GeneratedModel.call(started, "address"));
    assertEquals("cvp.calls.started", GeneratedModel.call(started, "jmsDestination"));
    assertEquals("TOPIC", GeneratedModel.call(started, "jmsDestinationKind").toString());
    assertEquals(List.of("CallStartedEvent"), GeneratedModel.call(started, "messageNames"));
    List<?> channels = (List<?>) api.getField("CHANNELS").get(null);
    assertEquals(4, channels.size());
    assertEquals(started, channels.get(0));
  }

  @Test
  void mapperIsSharedAndKeepsOffsets() throws Exception {
    assertTrue(model.call("CvpJson", "mapper") == model.mapper());
    String written =
        model.mapper().writeValueAsString(OffsetDateTime.parse("2025-05-14T17:03:54.453+02:00"));
    assertEquals("\"2025-05-14T17:03:54.453+02:00\"", written);
  }

  @Test
  void unwrappedJacksonExceptionTypeIsValueInstantiation() {
    assertThrows(
        ValueInstantiationException.class,
        () -> model.read(without(CALL_STARTED, "dnis"), "CallStartedEvent"));
  }

  private static String without(String json, String field) throws Exception {
    ObjectNode tree = (ObjectNode) model.tree(json);
    tree.remove(field);
    return tree.toString();
  }
}
