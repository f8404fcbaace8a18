package dev.eventgen.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eventgen.LoadedSpec;
import dev.eventgen.SpecLoader;
import dev.eventgen.build.ContentHash;
import dev.eventgen.model.Api;
import dev.eventgen.model.Channel;
import dev.eventgen.model.EnumType;
import dev.eventgen.model.JmsDestination;
import dev.eventgen.model.ListType;
import dev.eventgen.model.MapType;
import dev.eventgen.model.Message;
import dev.eventgen.model.ObjectType;
import dev.eventgen.model.Operation;
import dev.eventgen.model.PayloadType;
import dev.eventgen.model.Property;
import dev.eventgen.model.Scalar;
import dev.eventgen.model.Server;
import dev.eventgen.model.TypeRef;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CVP spec builds the model the generators rely on. */
class CvpModelTest {

  static final Path CVP = Path.of("../spec/cvp-call-events.yaml");
  static final Path CVP_26 = Path.of("src/test/resources/cvp-2.6/cvp-call-events.yaml");

  private final LoadedSpec spec = SpecLoader.load(CVP);
  private final Api api = spec.api();

  @Test
  void countsAndOrder() {
    assertEquals("3.0.0", api.asyncapiVersion());
    assertEquals("Cisco Voice Portal Call Events API", api.title());
    assertEquals("12.6.0", api.version());
    assertEquals(List.of("jms", "syslog"), api.servers().stream().map(Server::name).toList());
    assertEquals(10, api.channels().size());
    assertEquals(10, api.operations().size());
    assertEquals(10, api.messages().size());
    assertSorted(api.messages().stream().map(Message::name).toList());
    assertSorted(api.types().stream().map(t -> t.name()).toList());
    assertSorted(api.channels().stream().map(Channel::name).toList());
    assertEquals(List.of(), spec.warnings());
    assertEquals(64, api.contentHash().length());
  }

  @Test
  void callStartedPayloadIsNamedAfterTheMessageWithEnvelopeAndRefinedEventType() {
    Message message = api.message("CallStartedEvent").orElseThrow();
    assertEquals(new TypeRef("CallStartedEvent"), message.payload());
    ObjectType payload = object("CallStartedEvent");
    List<String> required =
        payload.properties().stream().filter(Property::required).map(Property::wireName).toList();
    assertEquals(
        List.of(
            "eventId",
            "eventType",
            "specVersion",
            "timestamp",
            "severity",
            "source",
            "callGuid",
            "dnis"),
        required);
    Scalar eventType = (Scalar) payload.property("eventType").orElseThrow().type();
    assertEquals(Scalar.Kind.STRING, eventType.kind());
    assertEquals("call.started", eventType.constraints().constValue());
    assertEquals("eventType", message.discriminatorProperty());
    assertEquals("call.started", message.discriminatorValue());
    Scalar callGuid = (Scalar) payload.property("callGuid").orElseThrow().type();
    assertEquals("^[0-9A-F]{32}$", callGuid.constraints().pattern());
    assertEquals(Scalar.Kind.DATE_TIME, scalar(payload, "timestamp").kind());
    assertEquals(Scalar.Kind.UUID, scalar(payload, "eventId").kind());
    assertEquals(new TypeRef("Severity"), payload.property("severity").orElseThrow().type());
    assertEquals(new TypeRef("EventSource"), payload.property("source").orElseThrow().type());
  }

  @Test
  void enumsScalarsMapsListsAndNestedObjects() {
    EnumType severity = (EnumType) api.type("Severity").orElseThrow();
    assertEquals(
        List.of(
            "emergency",
            "alert",
            "critical",
            "error",
            "warning",
            "notice",
            "informational",
            "debug"),
        severity.values());
    ObjectType threshold = object("ThresholdExceededEvent");
    assertEquals(Scalar.Kind.BIG_DECIMAL, scalar(threshold, "currentValue").kind());
    assertEquals(
        new TypeRef("ThresholdExceededEventSnmp"), threshold.property("snmp").orElseThrow().type());
    assertEquals(4, object("ThresholdExceededEventSnmp").properties().size());
    PayloadType parameters =
        object("ApplicationInvokedEvent").property("parameters").orElseThrow().type();
    assertEquals(new MapType(Scalar.of(Scalar.Kind.STRING)), parameters);
    ListType targets =
        (ListType) object("ConfigDeployedEvent").property("targetDevices").orElseThrow().type();
    assertEquals(new TypeRef("DeploymentTarget"), targets.items());
    assertEquals(1, targets.minItems());
    Scalar offset = scalar(object("CallStartedEvent"), "localTimeZoneOffset");
    assertEquals(Scalar.Kind.LONG, offset.kind(), "no format: long, whatever the bounds");
    assertEquals(new BigDecimal("-720"), offset.constraints().minimum());
    assertEquals(Scalar.Kind.LONG, scalar(object("CallEndedEvent"), "durationSeconds").kind());
    EnumType vxmlErrorCode = (EnumType) api.type("CallErrorEventVxmlErrorCode").orElseThrow();
    assertEquals(Scalar.Kind.LONG, vxmlErrorCode.base());
    assertEquals(List.of(40L, 41L, 42L, 43L, 44L, 45L), vxmlErrorCode.values());
    assertTrue(api.types().stream().noneMatch(t -> t.name().startsWith("Anonymous")));
  }

  @Test
  void messageTraitsHeadersBindingsAndExtensions() {
    Message started = api.message("CallStartedEvent").orElseThrow();
    assertEquals(new TypeRef("CvpCallEventHeaders"), started.headers());
    assertEquals(new TypeRef("JmsProtocolHeaders"), started.jmsHeaders());
    assertEquals("application/json", started.contentType());
    assertEquals("$message.payload#/callGuid", started.correlationIdLocation());
    assertEquals("CALL_STARTED", started.syslog().msgId());
    assertEquals(6, started.syslog().severity());
    assertEquals(1, started.examples().size());
    assertTrue(started.examples().get(0).startsWith("{\"eventId\":\"9b2f3c1e-"));
    Message threshold = api.message("ThresholdExceededEvent").orElseThrow();
    assertEquals("$message.payload#/deviceId", threshold.correlationIdLocation()); // own wins
    assertEquals("THRESHOLD", threshold.syslog().mnemonic());
    assertTrue(threshold.examples().get(0).contains("\"thresholdValue\":94,\"currentValue\":95.2"));
    ObjectType headers = object("CvpCallEventHeaders");
    assertEquals(
        List.of(
            "cvpEventId",
            "cvpEventType",
            "cvpSpecVersion",
            "cvpSourceHost",
            "cvpSubsystem",
            "cvpSeverity",
            "cvpCallGuid"),
        headers.properties().stream().map(Property::wireName).toList());
  }

  @Test
  void channelsServersAndOperations() {
    Channel started =
        api.channels().stream()
            .filter(c -> c.name().equals("callStarted"))
            .findFirst()
            .orElseThrow();
    assertEquals("cvp/calls/started", started.address());
    assertEquals(new JmsDestination("cvp.calls.started", JmsDestination.Kind.TOPIC), started.jms());
    assertEquals(List.of("jms", "syslog"), started.serverNames());
    assertEquals(List.of("CallStartedEvent"), started.messageNames());
    Server jms = api.server("jms").orElseThrow();
    assertEquals("jms://{cvp-server}:61616", jms.url());
    assertEquals("{cvp-server}:61616", jms.host());
    assertNull(jms.syslog());
    Server syslog = api.server("syslog").orElseThrow();
    assertEquals(23, syslog.syslog().facility());
    assertEquals("cvp@9", syslog.syslog().structuredDataId());
    assertEquals(514, syslog.syslog().port());
    Operation op =
        api.operations().stream()
            .filter(o -> o.name().equals("onCallStarted"))
            .findFirst()
            .orElseThrow();
    assertEquals(Operation.Action.SEND, op.action());
    assertEquals("callStarted", op.channelName());
    assertEquals(List.of("CallStartedEvent"), op.messageNames());
  }

  @Test
  void theAsyncApi26RenditionBuildsTheSameModelAndHash() {
    Api v26 = SpecLoader.load(CVP_26).api();
    assertEquals("2.6.0", v26.asyncapiVersion());
    assertEquals(api.contentHash(), v26.contentHash());
    assertEquals(ContentHash.versionNeutral(api), ContentHash.versionNeutral(v26));
  }

  @Test
  void theHashFollowsTheContent() {
    Api changed =
        SpecLoader.load(Path.of("src/test/resources/cvp-2.6/changed/cvp-call-events.yaml")).api();
    assertTrue(!changed.contentHash().equals(api.contentHash()));
  }

  private ObjectType object(String name) {
    return assertInstanceOf(ObjectType.class, api.type(name).orElseThrow());
  }

  private static Scalar scalar(ObjectType type, String property) {
    return assertInstanceOf(Scalar.class, type.property(property).orElseThrow().type());
  }

  private static void assertSorted(List<String> names) {
    assertEquals(names.stream().sorted().toList(), names);
  }
}
