package dev.eventgen.runtime.jms;

import static dev.eventgen.runtime.jms.FakeJms.message;
import static dev.eventgen.runtime.jms.FakeJms.queue;
import static dev.eventgen.runtime.jms.FakeJms.topic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.eventgen.runtime.Dispatch;
import dev.eventgen.runtime.EventContext;
import dev.eventgen.runtime.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How the dispatcher tells an unknown message from a malformed one, and refuses a message lacking a
 * JMS property its headers schema requires.
 */
class JmsRoutingTest {

  final Recording recorder = new Recording();
  final JmsDispatcher dispatcher = TestApi.dispatcher(recorder, JmsDispatcher.Options.DEFAULT);

  @Test
  void anUnknownDiscriminatorOnASingleMessageChannelIsUnknownNotMalformed() {
    dispatcher.onMessage(
        message()
            .to(topic("test.started"))
            .property("origin", "cs1")
            .text("{\"eventType\":\"resumed\",\"id\":\"a\"}"));
    Recording.Call call = recorder.only();
    assertEquals("onUnknown", call.method());
    Problem problem = (Problem) call.second();
    assertEquals(Problem.Kind.UNKNOWN_MESSAGE, problem.kind());
    assertEquals("/eventType", problem.field());
    assertEquals(
        "eventType does not name a message of channel test.started (expected 'started')",
        problem.message());
    assertEquals(null, ((EventContext) call.first()).messageName());
    assertEquals(new Dispatch.Counts(0, 0, 1, 0), dispatcher.counts());
  }

  @Test
  void anUnknownDiscriminatorIsUnknownAlsoWhenJmsTypeNamesTheMessage() {
    dispatcher.onMessage(
        message()
            .to(topic("test.started"))
            .type("Started")
            .property("origin", "cs1")
            .text("{\"eventType\":\"resumed\",\"id\":\"a\"}"));
    assertEquals(List.of("onUnknown"), recorder.methods());
  }

  @Test
  void aMissingOrInvalidFieldBesideTheRightDiscriminatorIsStillMalformed() {
    dispatcher.onMessage(
        message().to(topic("test.started")).property("origin", "cs1").text("{\"id\":null}"));
    dispatcher.onMessage(
        message()
            .to(topic("test.started"))
            .property("origin", "cs1")
            .text("{\"eventType\":\"started\"}"));
    dispatcher.onMessage(message().to(topic("test.started")).property("origin", "cs1").text("[1]"));
    assertEquals(List.of("onMalformed", "onMalformed", "onMalformed"), recorder.methods());
  }

  @Test
  void aMessageWithoutARequiredHeaderIsRefusedNamingIt() {
    dispatcher.onMessage(message().to(topic("test.started")).text(TestApi.started("a")));
    Recording.Call call = recorder.only();
    assertEquals("onMalformed", call.method());
    Problem problem = (Problem) call.second();
    assertEquals(Problem.Kind.MISSING_HEADER, problem.kind());
    assertEquals("origin", problem.field());
    assertEquals("Started", ((EventContext) call.first()).messageName());
  }

  @Test
  void aNullRequiredHeaderCountsAsMissing() {
    dispatcher.onMessage(
        message().to(topic("test.started")).property("origin", null).text(TestApi.started("a")));
    assertEquals(Problem.Kind.MISSING_HEADER, ((Problem) recorder.only().second()).kind());
  }

  @Test
  void headersAreCheckedOnlyForTheMessageThatRequiresThem() {
    dispatcher.onMessage(message().to(queue("test.mixed")).text(TestApi.ended(4)));
    dispatcher.onMessage(
        message().to(queue("test.mixed")).property("origin", "x").text(TestApi.started("b")));
    assertEquals(List.of("onEnded", "onStarted"), recorder.methods());
  }

  @Test
  void requireHeadersFalseReadsTheMessageAnyway() {
    JmsDispatcher relaxed =
        TestApi.dispatcher(recorder, JmsDispatcher.Options.DEFAULT.requireHeaders(false));
    relaxed.onMessage(message().to(topic("test.started")).text(TestApi.started("a")));
    assertEquals(List.of("onStarted"), recorder.methods());
  }

  @Test
  void optionsRefuseANonPositiveLimit() {
    assertThrows(IllegalArgumentException.class, () -> new JmsDispatcher.Options(0, true));
    assertEquals(64, JmsDispatcher.Options.DEFAULT.maxBodyBytes(64).maxBodyBytes());
  }
}
