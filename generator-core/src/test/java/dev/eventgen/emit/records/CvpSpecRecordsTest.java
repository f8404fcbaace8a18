package dev.eventgen.emit.records;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.palantir.javapoet.JavaFile;
import dev.eventgen.Generator;
import dev.eventgen.SpecLoader;
import dev.eventgen.emit.JavaNames;
import dev.eventgen.model.Api;
import dev.eventgen.model.Message;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The records target over the real CVP spec, in its 3.0 and 2.6 renditions. */
class CvpSpecRecordsTest {

  static final Path CVP = Path.of("../spec/cvp-call-events.yaml");
  static final Path CVP_26 = Path.of("src/test/resources/cvp-2.6/cvp-call-events.yaml");

  @TempDir static Path workDir;
  static Api api;
  static GeneratedModel model;

  @BeforeAll
  static void generate() throws Exception {
    api = SpecLoader.load(CVP).api();
    model = GeneratedModel.of(api, workDir);
  }

  static List<JavaFile> emit(Path spec) {
    return Generator.emit(SpecLoader.load(spec).api(), Set.of(), "com.acme.cvp", "Cvp");
  }

  @Test
  void compilesWithoutWarnings() {
    assertThat(RecordsCompileTest.compile(emit(CVP))).succeededWithoutWarnings();
  }

  @Test
  void renditionsTwoSixAndThreeZeroGiveIdenticalSources() {
    List<String> v3 = emit(CVP).stream().map(JavaFile::toString).toList();
    List<String> v26 = emit(CVP_26).stream().map(JavaFile::toString).toList();

    assertEquals(v3, v26);
  }

  @Test
  void specExamplesReadAndWriteBackToEqualRecords() throws Exception {
    JavaNames names = new JavaNames(api, "com.acme.cvp", "Cvp");
    int examples = 0;
    for (Message message : api.messages()) {
      String type = names.messageClass(message).simpleName();
      for (String example : message.examples()) {
        Object event = model.read(example, type);
        String written = model.mapper().writeValueAsString(event);
        assertEquals(event, model.read(written, type), message.name());
        examples++;
      }
    }
    assertFalse(examples == 0, "the spec has examples");
  }

  @Test
  void theEventInterfaceReadsThePropertiesEveryMessageShares() throws Exception {
    Class<?> event = model.type("CvpEvent");
    List<String> accessors =
        java.util.Arrays.stream(event.getDeclaredMethods()).map(m -> m.getName()).sorted().toList();
    // source, severity ... are in every message; callGuid only in call events.
    assertEquals(
        List.of(
            "eventId",
            "eventType",
            "localTimeZoneOffset",
            "sequenceNumber",
            "severity",
            "source",
            "specVersion",
            "timestamp"),
        accessors);
    assertEquals(model.type("Severity"), event.getMethod("severity").getReturnType());
    JavaNames names = new JavaNames(api, "com.acme.cvp", "Cvp");
    int checked = 0;
    for (Message message : api.messages()) {
      if (message.examples().isEmpty()) {
        continue;
      }
      checked++;
      Object read = model.read(message.examples().get(0), names.messageClass(message).simpleName());
      // Called through the interface, no switch: each record implements it with its component.
      assertEquals(
          message.discriminatorValue(), event.getMethod("eventType").invoke(read), message.name());
      assertEquals(
          GeneratedModel.call(read, "timestamp"), event.getMethod("timestamp").invoke(read));
    }
    assertFalse(checked == 0, "the spec has examples");
  }

  @Test
  void everyRecordHasABuilderThatAlwaysSetsItsConstants() throws Exception {
    for (String type : List.of("ThresholdExceededEventSnmp", "EventSource", "CallEndedEvent")) {
      assertEquals(
          type,
          model
              .type(type)
              .getMethod("builder")
              .getReturnType()
              .getEnclosingClass()
              .getSimpleName());
    }
    Class<?> builder = model.type("CallEndedEvent").getMethod("builder").getReturnType();
    List<String> setters =
        java.util.Arrays.stream(builder.getDeclaredMethods()).map(m -> m.getName()).toList();
    assertFalse(setters.contains("eventType"), "a const field is not settable");
    assertFalse(setters.contains("specVersion"), "a const field is not settable");
    Object snmp = model.call("ThresholdExceededEventSnmp", "builder");
    GeneratedModel.call(snmp, "eventMessageId", 42L);
    Object built = GeneratedModel.call(snmp, "build");
    assertEquals(42L, GeneratedModel.call(built, "eventMessageId"));
  }

  @Test
  void integersWithoutFormatAreLongWhateverTheirBounds() throws Exception {
    // localTimeZoneOffset: minimum -720, maximum 840, no format.
    assertEquals(
        Long.class, model.type("CallEndedEvent").getMethod("localTimeZoneOffset").getReturnType());
    assertEquals(
        Long.class, model.type("CallEndedEvent").getMethod("sipResponseCode").getReturnType());
  }

  @Test
  void callStartedExampleRoundTripsUnchanged() throws Exception {
    String example = api.message("CallStartedEvent").orElseThrow().examples().get(0);

    assertEquals(model.tree(example), model.roundTrip(example, "CallStartedEvent"));
  }

  @Test
  void thresholdExampleKeepsItsNumbersExactly() throws Exception {
    String example = api.message("ThresholdExceededEvent").orElseThrow().examples().get(0);

    Object event = model.read(example, "ThresholdExceededEvent");

    assertEquals("94", GeneratedModel.call(event, "thresholdValue").toString());
    assertEquals("95.2", GeneratedModel.call(event, "currentValue").toString());
  }

  @Test
  void missingCallGuidIsRejectedNamingIt() throws Exception {
    String example = api.message("CallStartedEvent").orElseThrow().examples().get(0);
    String json = example.replaceFirst("\"callGuid\"\\s*:\\s*\"[0-9A-F]+\"\\s*,", "");

    assertEquals(
        "CallStartedEvent.callGuid is required",
        model.rejection(json, "CallStartedEvent").getMessage());
  }

  @Test
  void descriptorListsEveryChannel() throws Exception {
    Class<?> descriptor = model.type("CvpApi");
    assertEquals(10, ((List<?>) descriptor.getField("CHANNELS").get(null)).size());
    Object started = descriptor.getField("CVP_CALLS_STARTED").get(null);
    assertEquals("cvp.calls.started", GeneratedModel.call(started, "jmsDestination"));
    assertEquals("TOPIC", GeneratedModel.call(started, "jmsDestinationKind").toString());
    assertEquals(64, ((String) descriptor.getField("CONTENT_HASH").get(null)).length());
  }
}
