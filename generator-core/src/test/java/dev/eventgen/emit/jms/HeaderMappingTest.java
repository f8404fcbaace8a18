package dev.eventgen.emit.jms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.eventgen.emit.DemoApi;
import dev.eventgen.model.Api;
import dev.eventgen.model.Message;
import dev.eventgen.model.ObjectType;
import dev.eventgen.model.Property;
import dev.eventgen.model.Scalar;
import dev.eventgen.model.TypeRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeaderMappingTest {

  @Test
  void demoHeadersMapToSameNamedOrNestedPayloadFields() {
    Api api = DemoApi.api();
    Message started = api.message("StartedEvent").orElseThrow();
    Map<String, String> mapped = pointers(new HeaderMapping(api).headers(started));

    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("demoEventId", null); // the payload calls it "id": no rule matches
    expected.put("demoEventType", "/eventType");
    expected.put("demoSourceHostname", "/source/hostname");
    expected.put("demoCount", "/count");
    expected.put("demoColor", "/color");
    expected.put("demoUnmapped", null);
    assertEquals(expected, mapped);
  }

  @Test
  void headersAreTypedForJmsProperties() {
    Api api = DemoApi.api();
    List<HeaderMapping.Header> headers =
        new HeaderMapping(api).headers(api.message("StartedEvent").orElseThrow());
    assertEquals(HeaderMapping.Kind.LONG, kind(headers, "demoCount"));
    assertEquals(HeaderMapping.Kind.STRING, kind(headers, "demoColor"));
    assertEquals(HeaderMapping.Kind.STRING, kind(headers, "demoEventId"));
  }

  @Test
  void cvpStyleHeadersUseOwnNameAndPrefixRules() {
    Api api = cvpLike();
    Map<String, String> mapped =
        pointers(new HeaderMapping(api).headers(api.message("CallStartedEvent").orElseThrow()));
    assertEquals("/callGuid", mapped.get("cvpCallGuid"));
    assertEquals("/eventId", mapped.get("cvpEventId"));
    assertEquals("/source/subsystem", mapped.get("cvpSubsystem"), "own name, any depth");
    assertEquals("/source/hostname", mapped.get("cvpSourceHost"), "prefix of the joined path");
    assertEquals(false, mapped.containsKey("JMSType"), "JMS names are not properties");
  }

  @Test
  void correlationIdFromPayloadOrThroughAHeader() {
    Api api = cvpLike();
    HeaderMapping mapping = new HeaderMapping(api);
    assertEquals(
        "/callGuid", mapping.correlationPointer(api.message("CallStartedEvent").orElseThrow()));
    assertEquals("/callGuid", mapping.correlationPointer(api.message("ViaHeader").orElseThrow()));
    assertNull(mapping.correlationPointer(api.message("NoCorrelation").orElseThrow()));
  }

  @Test
  void sharedFirstWord() {
    assertEquals("cvp", HeaderMapping.sharedFirstWord(List.of("cvpEventId", "cvpEventType")));
    assertNull(HeaderMapping.sharedFirstWord(List.of("cvpEventId", "demoEventType")));
    assertNull(HeaderMapping.sharedFirstWord(List.of("cvp", "cvpEventType")));
    assertNull(HeaderMapping.sharedFirstWord(List.of("EventId")));
  }

  private static Map<String, String> pointers(List<HeaderMapping.Header> headers) {
    Map<String, String> map = new LinkedHashMap<>();
    headers.forEach(h -> map.put(h.name(), h.pointer()));
    return map;
  }

  private static HeaderMapping.Kind kind(List<HeaderMapping.Header> headers, String name) {
    return headers.stream().filter(h -> h.name().equals(name)).findFirst().orElseThrow().kind();
  }

  private static Api cvpLike() {
    ObjectType headers =
        object("Headers", "cvpEventId", "cvpCallGuid", "cvpSourceHost", "cvpSubsystem", "JMSType");
    ObjectType source = object("Source", "hostname", "subsystem", "subsystemName");
    ObjectType payload =
        new ObjectType(
            "CallStarted",
            null,
            false,
            List.of(
                prop("eventId"),
                prop("callGuid"),
                new Property("source", new TypeRef("Source"), true, null, false)),
            null);
    return new Api(
        "3.0.0",
        "CVP-like",
        "1",
        null,
        "",
        List.of(),
        List.of(),
        List.of(),
        List.of(
            message("CallStartedEvent", "$message.payload#/callGuid"),
            message("NoCorrelation", null),
            message("ViaHeader", "$message.header#/cvpCallGuid")),
        List.of(payload, headers, source));
  }

  private static Message message(String name, String correlation) {
    return new Message(
        name,
        null,
        null,
        null,
        null,
        new TypeRef("CallStarted"),
        new TypeRef("Headers"),
        null,
        correlation,
        null,
        null,
        false,
        null,
        List.of());
  }

  private static ObjectType object(String name, String... properties) {
    return new ObjectType(
        name,
        null,
        false,
        List.of(properties).stream().map(HeaderMappingTest::prop).toList(),
        null);
  }

  private static Property prop(String name) {
    return new Property(name, Scalar.of(Scalar.Kind.STRING), false, null, false);
  }
}
