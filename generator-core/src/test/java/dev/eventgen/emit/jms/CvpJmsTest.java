package dev.eventgen.emit.jms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.palantir.javapoet.JavaFile;
import dev.eventgen.Generator;
import dev.eventgen.Reporter;
import dev.eventgen.Target;
import dev.eventgen.model.Api;
import dev.eventgen.runtime.jms.FakeBroker;
import dev.eventgen.testing.CompiledSources;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JMS target on the real CVP spec, together with the real records target: it compiles
 * warning-free, the publisher fills JMSType, correlation id and the application headers, and what
 * it sends the dispatcher reads back equal. How the subscriber subscribes and acknowledges is the
 * runtime's, tested there.
 */
class CvpJmsTest {

  static final Path CVP = Path.of("../spec/cvp-call-events.yaml");

  @TempDir static Path work;
  static Api api;
  static CompiledSources compiled;

  @BeforeAll
  static void generate() {
    api = Generator.load(CVP, Reporter.SILENT).api();
    List<JavaFile> files =
        Generator.emit(api, EnumSet.of(Target.RECORDS, Target.JMS), "com.acme.cvp", "Cvp");
    compiled = CompiledSources.compile(work, files);
  }

  @Test
  void publisherSetsTypeCorrelationAndHeadersFromThePayload() throws Exception {
    String example = api.message("CallStartedEvent").orElseThrow().examples().get(0);
    Object event = read(example, "com.acme.cvp.model.CallStartedEvent");
    FakeBroker broker = new FakeBroker();
    Class<?> publisherType = compiled.load("com.acme.cvp.jms.CvpJmsPublisher");
    try (AutoCloseable publisher =
        (AutoCloseable)
            publisherType
                .getMethod("create", ConnectionFactory.class)
                .invoke(null, broker.factory())) {
      publisherType.getMethod("publishCallStarted", event.getClass()).invoke(publisher, event);
    }

    TextMessage sent = broker.sent.get(0).message();
    assertEquals("cvp.calls.started", ((Topic) broker.sent.get(0).destination()).getTopicName());
    assertEquals("CallStartedEvent", sent.getJMSType());
    assertEquals("064CD880000100000000025308C6C90A", sent.getJMSCorrelationID());
    assertEquals(
        Map.of(
            "cvpEventId", "9b2f3c1e-6a0d-4c1b-8d0e-2f6f5d3a7c11",
            "cvpEventType", "call.started",
            "cvpSpecVersion", "1.0",
            "cvpSourceHost", "cvp-cs1.example.com",
            "cvpSubsystem", "SIP",
            "cvpSeverity", "informational",
            "cvpCallGuid", "064CD880000100000000025308C6C90A"),
        FakeBroker.properties(sent));
    assertEquals(mapper().readTree(example), mapper().readTree(sent.getText()));

    RecordingListener recorder = new RecordingListener();
    Class<?> listenerType = compiled.load("com.acme.cvp.CvpEventListener");
    MessageListener dispatcher =
        (MessageListener)
            compiled
                .load("com.acme.cvp.jms.CvpJmsDispatcher")
                .getConstructor(listenerType)
                .newInstance(recorder.as(listenerType));
    dispatcher.onMessage(sent);
    assertEquals("onCallStarted", recorder.only().method());
    assertEquals(event, recorder.only().first());
  }

  @Test
  void everyCvpMessageHasAPublishMethodAndARoute() throws Exception {
    Class<?> publisher = compiled.load("com.acme.cvp.jms.CvpJmsPublisher");
    Class<?> channel = compiled.load("com.acme.cvp.jms.CvpJmsChannel");
    assertEquals(10, channel.getEnumConstants().length);
    for (var message : api.messages()) {
      Class<?> type = compiled.load("com.acme.cvp.model." + message.name());
      String method = "publish" + message.name().replace("Event", "");
      publisher.getMethod(method, type);
    }
  }

  private static Object read(String json, String className) throws Exception {
    return mapper().readValue(json, compiled.load(className));
  }

  private static ObjectMapper mapper() throws Exception {
    return (ObjectMapper)
        compiled.load("com.acme.cvp.model.CvpJson").getMethod("mapper").invoke(null);
  }
}
