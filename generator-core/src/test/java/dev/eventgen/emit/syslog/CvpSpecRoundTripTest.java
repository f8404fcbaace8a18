package dev.eventgen.emit.syslog;

import static dev.eventgen.emit.syslog.GeneratedCvpSyslog.invoke;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eventgen.Generator;
import dev.eventgen.SpecLoader;
import dev.eventgen.Target;
import dev.eventgen.emit.JavaNames;
import dev.eventgen.model.Api;
import dev.eventgen.model.Message;
import dev.eventgen.model.ObjectType;
import dev.eventgen.model.TypeRef;
import dev.eventgen.runtime.syslog.SyslogParseException;
import dev.eventgen.runtime.syslog.SyslogParser;
import dev.eventgen.testing.CompiledSources;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The real CVP spec: every one of its syslog messages, with random valid values, goes format ->
 * parse -> decode back to an equal event.
 */
class CvpSpecRoundTripTest {

  private static final String BASE = "com.acme.cvp";
  private static final Api API = SpecLoader.load(Path.of("../spec/cvp-call-events.yaml")).api();
  private static final JavaNames NAMES = new JavaNames(API, BASE, "Cvp");
  private static final CompiledSources COMPILED =
      CompiledSources.compile(
          Path.of("target", "generated-cvp-spec-syslog-test"),
          Generator.emit(API, Set.of(Target.SYSLOG), BASE, "Cvp"));
  private static final SyslogParser PARSER = new SyslogParser();
  private static final List<Message> MESSAGES =
      API.messages().stream().filter(m -> m.syslog() != null).toList();

  @Test
  void theSpecHasTenSyslogMessages() {
    assertEquals(10, MESSAGES.size());
  }

  @Property(tries = 1000)
  void formatParseDecodeGivesAnEqualEvent(
      @ForAll @IntRange(min = 0, max = 9) int index, @ForAll long seed) throws Exception {
    Message message = MESSAGES.get(index);
    ObjectType payload = (ObjectType) API.resolve((TypeRef) message.payload());
    Object event = new ModelEvents(NAMES, COMPILED, seed).record(payload);
    assertNotNull(event, message.name());
    String line = line(index, seed);
    Object result =
        BothPaths.decode(
            load("syslog.CvpSyslogDecoder"), PARSER, line.getBytes(StandardCharsets.UTF_8));

    assertNull(invoke(result, "problem"), line);
    assertEquals(event, invoke(result, "event"), line);
    assertEquals(message.name(), invoke(result, "messageName"));
  }

  /**
   * Lines of real events with random byte edits: whatever still parses decodes to an event or a
   * problem, never an exception (the receiver relies on it).
   */
  @Property(tries = 2000)
  void mutatedLinesDecodeToAnEventOrAProblem(
      @ForAll @IntRange(min = 0, max = 9) int index, @ForAll long seed) throws Exception {
    byte[] line = line(index, seed).getBytes(StandardCharsets.UTF_8);
    Random random = new Random(seed);
    for (int edits = 1 + random.nextInt(4); edits > 0; edits--) {
      line[random.nextInt(line.length)] = (byte) random.nextInt(256);
    }
    Object result;
    try {
      result = BothPaths.decode(load("syslog.CvpSyslogDecoder"), PARSER, line);
    } catch (SyslogParseException e) {
      return; // no longer syslog: the parser's own contract, tested in the runtime
    }
    assertTrue(
        invoke(result, "event") == null ^ invoke(result, "problem") == null, result::toString);
  }

  private static String line(int index, long seed) throws Exception {
    Message message = MESSAGES.get(index);
    ObjectType payload = (ObjectType) API.resolve((TypeRef) message.payload());
    Object event = new ModelEvents(NAMES, COMPILED, seed).record(payload);
    Object formatter =
        load("syslog.CvpSyslogFormatter")
            .getConstructor(String.class, String.class)
            .newInstance("cvp-cs1", "CVP_12_6_SIP");
    return (String)
        invoke(formatter, "format", event, OffsetDateTime.parse("2025-05-14T15:03:54.453Z"));
  }

  private static Class<?> load(String name) {
    return COMPILED.load(BASE + "." + name);
  }
}
