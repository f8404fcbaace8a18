package dev.eventgen.emit.jms;

import static dev.eventgen.runtime.jms.FakeJms.message;
import static dev.eventgen.runtime.jms.FakeJms.queue;
import static dev.eventgen.runtime.jms.FakeJms.topic;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eventgen.demo.model.Color;
import dev.eventgen.demo.model.Ended;
import dev.eventgen.demo.model.Started;
import dev.eventgen.runtime.jms.JmsDispatcher;
import dev.eventgen.testing.CompiledSources;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated dispatcher's routing table and typed decoding, driven with fake JMS messages. What
 * does not depend on the spec (body limits, transport failures, listener failures, counts) is the
 * runtime's {@code JmsDispatcher}, tested there.
 */
class DispatcherTest {

  static final String ID = "9b2f3c1e-6a0d-4c1b-8d0e-2f6f5d3a7c11";
  static final String STARTED =
      "{\"eventType\":\"demo.started\",\"id\":\""
          + ID
          + "\",\"at\":\"2025-05-14T15:03:54.453-04:00\","
          + "\"color\":\"dark-blue\",\"source\":{\"hostname\":\"cs1\"},\"count\":7,\"newField\":1}";
  static final String ENDED =
      "{\"eventType\":\"demo.ended\",\"id\":\"" + ID + "\",\"durationSeconds\":42}";

  @TempDir static Path work;
  static CompiledSources compiled;
  static Class<?> listenerType;
  static Class<?> dispatcherType;

  RecordingListener recorder;
  MessageListener dispatcher;

  @BeforeAll
  static void compile() {
    compiled = DemoJms.compile(work);
    listenerType = compiled.load("dev.eventgen.demo.DemoEventListener");
    dispatcherType = compiled.load("dev.eventgen.demo.jms.DemoJmsDispatcher");
  }

  @BeforeEach
  void newDispatcher() throws Exception {
    recorder = new RecordingListener();
    dispatcher = dispatcher(1 << 20);
  }

  /** A dispatcher that does not check the required headers, which most tests leave out. */
  MessageListener dispatcher(int maxBodyBytes) throws Exception {
    return dispatcher(new JmsDispatcher.Options(maxBodyBytes, false));
  }

  MessageListener dispatcher(JmsDispatcher.Options options) throws Exception {
    return (MessageListener)
        dispatcherType
            .getConstructor(listenerType, JmsDispatcher.Options.class)
            .newInstance(recorder.as(listenerType), options);
  }

  @Test
  void theHeadersSchemasRequiredPropertiesAreChecked() throws Exception {
    dispatcher = dispatcher(JmsDispatcher.Options.DEFAULT);
    dispatcher.onMessage(
        message().to(topic("demo.started")).property("demoEventId", ID).text(STARTED));
    dispatcher.onMessage(
        message()
            .to(topic("demo.started"))
            .property("demoEventId", ID)
            .property("demoEventType", "demo.started")
            .text(STARTED));

    assertEquals(List.of("onMalformed", "onStarted"), methods());
    Object problem = recorder.calls.get(0).second();
    assertEquals("MISSING_HEADER", get(problem, "kind").toString());
    assertEquals("demoEventType", get(problem, "field"));
  }

  @Test
  void anUnknownEventTypeOnASingleMessageTopicIsUnknown() {
    dispatcher.onMessage(
        message().to(topic("demo.started")).text(STARTED.replace("demo.started", "demo.paused")));
    dispatcher.onMessage(
        message()
            .to(topic("demo.started"))
            .text(STARTED.replace("\"eventType\":\"demo.started\",", "")));

    assertEquals(List.of("onUnknown", "onMalformed"), methods());
    assertEquals("/eventType", get(recorder.calls.get(0).second(), "field"));
  }

  @Test
  void textMessageOnSingleMessageTopicIsDeliveredTyped() throws Exception {
    dispatcher.onMessage(
        message()
            .to(topic("demo.started"))
            .property("demoEventId", ID)
            .redelivered()
            .text(STARTED));

    RecordingListener.Call call = recorder.only();
    assertEquals("onStarted", call.method());
    Started event = (Started) call.first();
    assertEquals(UUID.fromString(ID), event.id());
    assertEquals(OffsetDateTime.parse("2025-05-14T15:03:54.453-04:00"), event.at());
    assertEquals(Color.DARK_BLUE, event.color());
    assertEquals("cs1", event.source().hostname());
    Object context = call.second();
    assertEquals("jms", get(context, "transport"));
    assertEquals("demo/started", get(context, "channel"));
    assertEquals("demo.started", get(context, "destination"));
    assertEquals("StartedEvent", get(context, "messageName"));
    assertEquals(true, get(context, "redelivered"));
    assertEquals(STARTED, new String((byte[]) get(context, "body"), StandardCharsets.UTF_8));
    Map<?, ?> headers = (Map<?, ?>) get(context, "headers");
    assertEquals(ID, headers.get("demoEventId"));
    assertEquals("demo.started", headers.get("JMSDestination"));
    assertEquals(true, headers.get("JMSRedelivered"));
  }

  @Test
  void bytesMessageOnMixedQueueIsToldApartByTheDiscriminator() {
    dispatcher.onMessage(message().to(queue("demo.mixed")).bytes(ENDED));
    dispatcher.onMessage(message().to(queue("demo.mixed")).bytes(STARTED));

    assertEquals(List.of("onEnded", "onStarted"), methods());
    assertEquals(42L, ((Ended) recorder.calls.get(0).first()).durationSeconds());
    assertEquals("EndedEvent", get(recorder.calls.get(0).second(), "messageName"));
  }

  @Test
  void jmsTypeChoosesTheMessageAndMustBelongToTheChannel() {
    dispatcher.onMessage(message().to(queue("demo.mixed")).type("EndedEvent").text(ENDED));
    dispatcher.onMessage(message().to(topic("demo.started")).type("EndedEvent").text(ENDED));
    dispatcher.onMessage(message().to(topic("demo.started")).type("CallStarted").text(STARTED));

    assertEquals(List.of("onEnded", "onUnknown", "onUnknown"), methods());
    assertEquals(
        "UNKNOWN_MESSAGE: JMSType 'EndedEvent' is not a message of channel demo.started",
        recorder.calls.get(1).second().toString());
    assertEquals(
        "UNKNOWN_MESSAGE: JMSType 'CallStarted' is not a message of channel demo.started",
        recorder.calls.get(2).second().toString());
    assertArrayEquals(
        STARTED.getBytes(StandardCharsets.UTF_8),
        (byte[]) get(recorder.calls.get(2).first(), "body"));
  }

  @Test
  void unknownDestinationFallsBackToJmsTypeThenToThePayload() {
    dispatcher.onMessage(message().to(topic("demo.other")).type("EndedEvent").text(ENDED));
    dispatcher.onMessage(message().to(topic("demo.other")).text(STARTED));
    dispatcher.onMessage(message().text("{\"eventType\":\"demo.paused\"}"));

    assertEquals(List.of("onEnded", "onStarted", "onUnknown"), methods());
    assertNull(get(recorder.calls.get(0).second(), "channel"));
    assertEquals(
        "UNKNOWN_MESSAGE: the payload's discriminating field matches no message of destination"
            + " null",
        recorder.calls.get(2).second().toString());
  }

  @Test
  void invalidJsonIsASyntaxProblemWithItsByteOffset() {
    Object problem = malformed(message().to(topic("demo.started")).text("{\"eventType\": demo"));
    assertEquals("SYNTAX", get(problem, "kind").toString());
    long offset = (long) get(problem, "offset");
    // Jackson reports the end of the bad token "demo", which starts at byte 14.
    assertTrue(offset >= 14 && offset <= 18, "offset " + offset);
    assertNull(get(problem, "field"));
  }

  @Test
  void invalidJsonOnAMixedChannelIsMalformedToo() {
    Object problem = malformed(message().to(queue("demo.mixed")).text("[1,"));
    assertEquals("SYNTAX", get(problem, "kind").toString());
  }

  @Test
  void trailingGarbageIsASyntaxProblem() {
    Object problem = malformed(message().to(topic("demo.started")).text(STARTED + " x"));
    assertEquals("SYNTAX", get(problem, "kind").toString());
  }

  @Test
  void wrongTypeNamesTheField() {
    Object problem =
        malformed(
            message()
                .to(topic("demo.started"))
                .text(STARTED.replace("\"count\":7", "\"count\":\"many\"")));
    assertEquals("WRONG_TYPE", get(problem, "kind").toString());
    assertEquals("/count", get(problem, "field"));
  }

  @Test
  void badUuidNamesTheField() {
    Object problem =
        malformed(message().to(topic("demo.started")).text(STARTED.replace(ID, "not-a-uuid")));
    assertEquals("INVALID_FORMAT", get(problem, "kind").toString());
    assertEquals("/id", get(problem, "field"));
  }

  @Test
  void missingRequiredFieldIsReported() {
    Object problem =
        malformed(
            message()
                .to(topic("demo.started"))
                .text(STARTED.replace("\"id\":\"" + ID + "\",", "")));
    assertEquals("MISSING_FIELD", get(problem, "kind").toString());
    assertEquals("/id", get(problem, "field"));
    assertEquals("Started.id is required", get(problem, "message"));
  }

  @Test
  void missingNestedFieldPointsAtTheNestedObject() {
    Object problem =
        malformed(
            message()
                .to(topic("demo.started"))
                .text(STARTED.replace("{\"hostname\":\"cs1\"}", "{\"port\":1}")));
    assertEquals("MISSING_FIELD", get(problem, "kind").toString());
    assertEquals("/source/hostname", get(problem, "field"));
  }

  @Test
  void unknownEnumValueNamesTheField() {
    Object problem =
        malformed(message().to(topic("demo.started")).text(STARTED.replace("dark-blue", "green")));
    assertEquals("UNKNOWN_ENUM_VALUE", get(problem, "kind").toString());
    assertEquals("/color", get(problem, "field"));
    assertTrue(get(problem, "message").toString().contains("green"), problem.toString());
  }

  private Object malformed(Message message) {
    recorder.calls.clear();
    dispatcher.onMessage(message);
    RecordingListener.Call call = recorder.only();
    assertEquals("onMalformed", call.method(), () -> "got " + call);
    return call.second();
  }

  private List<String> methods() {
    return recorder.calls.stream().map(RecordingListener.Call::method).toList();
  }

  static Object get(Object record, String accessor) {
    try {
      var method = record.getClass().getMethod(accessor);
      method.setAccessible(true);
      return method.invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
