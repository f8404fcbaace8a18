package dev.eventgen.runtime.jms;

import static dev.eventgen.runtime.jms.FakeJms.message;
import static dev.eventgen.runtime.jms.FakeJms.queue;
import static dev.eventgen.runtime.jms.FakeJms.topic;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eventgen.runtime.Dispatch;
import dev.eventgen.runtime.EventContext;
import dev.eventgen.runtime.Problem;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The dispatcher on a hand-written routing table, driven with fake JMS messages. */
class JmsDispatcherTest {

  final Recording recorder = new Recording();
  JmsDispatcher dispatcher = TestApi.dispatcher(recorder, 1 << 20);

  @Test
  void textMessageOnSingleMessageTopicIsDeliveredTypedWithItsContext() {
    dispatcher.onMessage(
        message()
            .to(topic("test.started"))
            .property("origin", "cs1")
            .redelivered()
            .text(TestApi.started("a")));
    Recording.Call call = recorder.only();
    assertEquals("onStarted", call.method());
    assertEquals(new TestApi.Started("started", "a"), call.first());
    EventContext context = (EventContext) call.second();
    assertEquals(EventContext.JMS, context.transport());
    assertEquals("test/started", context.channel());
    assertEquals("test.started", context.destination());
    assertEquals("Started", context.messageName());
    assertTrue(context.redelivered());
    assertEquals("cs1", context.header("origin"));
    assertEquals(true, context.header("JMSRedelivered"));
    assertEquals(TestApi.started("a"), context.bodyText());
  }

  @Test
  void headersAreReadFromTheMessageWhenFirstAskedForAndOnlyOnce() {
    AtomicInteger reads = new AtomicInteger();
    dispatcher.onMessage(
        watched(
            message().to(topic("test.started")).property("origin", "cs1"),
            () -> {
              reads.incrementAndGet();
              return null;
            }));
    EventContext context = (EventContext) recorder.only().second();
    assertEquals(0, reads.get());
    assertEquals("cs1", context.header("origin"));
    assertEquals("test.started", context.header("JMSDestination"));
    assertEquals(1, reads.get());
  }

  @Test
  void headersThatCannotBeReadFailWhenAskedForAndTheEventIsStillDelivered() {
    dispatcher.onMessage(
        watched(
            message().to(topic("test.started")),
            () -> {
              throw new JMSException("connection lost");
            }));
    Recording.Call call = recorder.only();
    assertEquals("onStarted", call.method());
    EventContext context = (EventContext) call.second();
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> context.header("JMSType"));
    assertTrue(e.getMessage().contains("cannot read the JMS headers: connection lost"));
  }

  /** What a property read does before the message answers it. */
  private interface PropertyRead {
    Object run() throws JMSException;
  }

  /** A text message carrying a started event whose property names are read through {@code read}. */
  private static TextMessage watched(FakeJms.Builder builder, PropertyRead read) {
    TextMessage message = builder.text(TestApi.started("a"));
    return (TextMessage)
        Proxy.newProxyInstance(
            JmsDispatcherTest.class.getClassLoader(),
            new Class<?>[] {TextMessage.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getPropertyNames")) {
                read.run();
              }
              return method.invoke(message, args);
            });
  }

  @Test
  void bytesMessageOnMixedQueueIsToldApartByTheDiscriminator() {
    dispatcher.onMessage(message().to(queue("test.mixed")).bytes(TestApi.ended(42)));
    dispatcher.onMessage(message().to(queue("test.mixed")).bytes(TestApi.started("b")));
    assertEquals(List.of("onEnded", "onStarted"), recorder.methods());
    assertEquals(new TestApi.Ended("ended", 42), recorder.calls.get(0).first());
  }

  @Test
  void jmsTypeChoosesTheMessageAndMustBelongToTheChannel() {
    dispatcher.onMessage(message().to(queue("test.mixed")).type("Ended").text(TestApi.ended(1)));
    dispatcher.onMessage(message().to(topic("test.started")).type("Ended").text(TestApi.ended(1)));
    assertEquals(List.of("onEnded", "onUnknown"), recorder.methods());
    Problem problem = (Problem) recorder.calls.get(1).second();
    assertEquals(Problem.Kind.UNKNOWN_MESSAGE, problem.kind());
    assertEquals("JMSType 'Ended' is not a message of channel test.started", problem.message());
  }

  @Test
  void unknownDestinationFallsBackToJmsTypeThenToThePayload() {
    dispatcher.onMessage(message().to(topic("elsewhere")).type("Ended").text(TestApi.ended(3)));
    dispatcher.onMessage(message().to(topic("elsewhere")).text(TestApi.started("c")));
    dispatcher.onMessage(message().to(topic("elsewhere")).text("{\"eventType\":\"other\"}"));
    assertEquals(List.of("onEnded", "onStarted", "onUnknown"), recorder.methods());
    EventContext context = (EventContext) recorder.calls.get(2).first();
    assertNull(context.channel());
    assertEquals("elsewhere", context.destination());
  }

  @Test
  void aBodyViolatingTheRecordIsMalformedWithTheField() {
    Problem problem =
        malformed(message().to(topic("test.started")).text("{\"eventType\":\"started\"}"));
    assertEquals(Problem.Kind.MISSING_FIELD, problem.kind());
    assertEquals("/id", problem.field());
  }

  @Test
  void invalidJsonIsASyntaxProblemWithItsByteOffset() {
    Problem problem = malformed(message().to(topic("test.started")).text("{\"id\": x}"));
    assertEquals(Problem.Kind.SYNTAX, problem.kind());
    assertTrue(problem.offset() >= 7, "at or after the bad token: " + problem.offset());
    assertEquals(
        Problem.Kind.SYNTAX, malformed(message().to(queue("test.mixed")).text("{")).kind());
  }

  @Test
  void emptyNullAndOtherBodiesAreMalformed() {
    assertEquals(
        "SYNTAX: empty body", malformed(message().to(topic("test.started")).text("")).toString());
    assertEquals(
        "SYNTAX: empty body",
        malformed(message().to(topic("test.started")).bytes(new byte[0])).toString());
    assertEquals(
        "SYNTAX: the body is JSON null",
        malformed(message().to(topic("test.started")).text("null")).toString());
    Message other =
        FakeJms.proxy(
            Message.class,
            (p, m, a) ->
                m.getName().equals("getPropertyNames")
                    ? Collections.emptyEnumeration()
                    : FakeJms.zero(m.getReturnType()));
    assertEquals("SYNTAX: not a text or bytes message", malformed(other).toString());
  }

  @Test
  void bodyOverTheLimitIsReportedUnparsedWithItsBytes() {
    dispatcher = TestApi.dispatcher(recorder, 64);
    String big = "{\"pad\":\"" + "x".repeat(100) + "\"}";
    Problem problem = malformed(message().to(topic("test.started")).text(big));
    assertEquals("TOO_LARGE: body of 110 bytes exceeds the limit of 64", problem.toString());
    EventContext context = (EventContext) recorder.only().first();
    assertArrayEquals(big.getBytes(StandardCharsets.UTF_8), context.body());
  }

  @Test
  void transportFailureIsReportedNotThrown() {
    dispatcher.onMessage(FakeJms.broken());
    assertEquals("onMalformed", recorder.only().method());
    assertEquals(Problem.Kind.TRANSPORT, ((Problem) recorder.only().second()).kind());
  }

  @Test
  void whatTheListenerThrowsIsReportedAndNeverEscapes() {
    recorder.throwing = name -> name.equals("onStarted");
    dispatcher.onMessage(message().to(topic("test.started")).text(TestApi.started("d")));
    assertEquals(List.of("onStarted", "onListenerFailure"), recorder.methods());
    assertInstanceOf(AssertionError.class, recorder.calls.get(1).second());

    recorder.throwing = name -> true;
    dispatcher.onMessage(message().to(topic("test.started")).text("{"));
    assertEquals(
        List.of("onStarted", "onListenerFailure", "onMalformed", "onListenerFailure"),
        recorder.methods());
  }

  @Test
  void countsAddUpToWhatWasReceived() {
    recorder.throwing = name -> name.equals("onEnded");
    List<Message> messages =
        List.of(
            message().to(topic("test.started")).text(TestApi.started("e")),
            message().to(queue("test.mixed")).text(TestApi.ended(5)),
            message().to(topic("test.started")).text("{"),
            message().to(topic("test.started")).type("Nope").text(TestApi.started("f")),
            message().to(topic("test.started")).text(""));
    messages.forEach(dispatcher::onMessage);
    assertEquals(new Dispatch.Counts(2, 2, 1, 1), dispatcher.counts());
    assertEquals(messages.size(), dispatcher.counts().received());
  }

  @Test
  void everyMessageOfAChannelNeedsARoute() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new JmsDispatcher(
                recorder,
                TestApi.MAPPER,
                List.of(TestApi.Channel.values()),
                TestApi.routes(recorder).subList(0, 1),
                1024));
    assertThrows(IllegalArgumentException.class, () -> TestApi.dispatcher(recorder, 0));
  }

  @Test
  void headersHoldTheJmsHeadersThenTheProperties() throws Exception {
    Map<String, Object> headers =
        JmsMessages.headers(message().to(topic("t")).type("T").property("p", 1).text("{}"));
    assertEquals("T", headers.get("JMSType"));
    assertEquals("t", headers.get("JMSDestination"));
    assertEquals("NON_PERSISTENT", headers.get("JMSDeliveryMode"));
    assertEquals(1, headers.get("p"));
    assertEquals("p", List.copyOf(headers.keySet()).get(headers.size() - 1));
  }

  private Problem malformed(Message message) {
    recorder.calls.clear();
    dispatcher.onMessage(message);
    Recording.Call call = recorder.only();
    assertEquals("onMalformed", call.method(), () -> "got " + call);
    return (Problem) call.second();
  }
}
