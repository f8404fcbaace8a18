package dev.eventgen.emit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventgen.Generator;
import dev.eventgen.SpecLoader;
import dev.eventgen.Target;
import dev.eventgen.emit.JavaNames;
import dev.eventgen.model.Api;
import dev.eventgen.model.Message;
import dev.eventgen.runtime.Dispatch;
import dev.eventgen.runtime.EventJson;
import dev.eventgen.runtime.Problem;
import dev.eventgen.runtime.syslog.SyslogReceiver;
import dev.eventgen.runtime.testkit.InvalidSample;
import dev.eventgen.runtime.testkit.Rule;
import dev.eventgen.testing.CompiledSources;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The test kit generated for the CVP spec, compiled with {@code -Xlint:all -Werror} and exercised:
 * samples are valid records, the same per seed and different across seeds; every invalid variant is
 * refused by the generated reader and reported through the generated dispatchers; valid events
 * reach the right listener method over JSON and syslog.
 */
class CvpTestKitTest {

  private static final String BASE = "com.acme.cvp";
  private static Api api;
  private static JavaNames names;
  private static CompiledSources compiled;
  private static Class<?> samples;
  private static Class<?> kit;
  private static Class<?> listener;

  @BeforeAll
  static void generate() {
    api = SpecLoader.load(Path.of("../spec/cvp-call-events.yaml")).api();
    names = new JavaNames(api, BASE, "Cvp");
    compiled =
        CompiledSources.compile(
            Path.of("target", "generated-cvp-testkit-test"),
            Generator.emit(api, Set.of(Target.JMS, Target.SYSLOG, Target.TESTKIT), BASE, "Cvp"));
    samples = compiled.load(BASE + ".testkit.CvpSamples");
    kit = compiled.load(BASE + ".testkit.CvpTestKit");
    listener = load(names.listener());
  }

  @Test
  void everyMessageHasValidSamplesTheSameForASeedAndDifferentAcrossSeeds() throws Exception {
    for (Message message : api.messages()) {
      Class<?> type = load(names.messageClass(message));
      Object first = call(samples, "valid", message.name(), 7L);
      assertInstanceOf(type, first, message.name());
      assertEquals(first, call(samples, "valid", message.name(), 7L), message.name());
      assertEquals(first, call(samples, "valid", type, 7L), message.name());
      Set<Object> seen = new HashSet<>();
      for (long seed = 0; seed < 5; seed++) {
        seen.add(call(samples, "valid", message.name(), seed));
      }
      assertTrue(seen.size() > 1, message.name() + " gives the same event for every seed");
    }
  }

  @Test
  void everyInvalidVariantIsRefusedByTheReaderAndReportedByTheDispatcher() throws Exception {
    ObjectMapper mapper = (ObjectMapper) load(names.json()).getMethod("mapper").invoke(null);
    Set<Rule> rules = EnumSet.noneOf(Rule.class);
    int variants = 0;
    for (Message message : api.messages()) {
      Class<?> type = load(names.messageClass(message));
      for (long seed = 0; seed < 3; seed++) {
        @SuppressWarnings("unchecked")
        List<InvalidSample> broken =
            (List<InvalidSample>) call(samples, "invalid", message.name(), seed);
        assertFalse(broken.isEmpty(), message.name());
        for (InvalidSample variant : broken) {
          variants++;
          rules.add(variant.rule());
          IOException refused =
              assertThrows(
                  IOException.class,
                  () ->
                      compiled.withContextClassLoader(
                          () -> EventJson.reader(mapper, type).readValue(variant.json())),
                  message.name() + " " + variant);
          assertNotNull(refused.getMessage());
          Recorder recorder = new Recorder();
          Dispatch.Counts counts =
              (Dispatch.Counts)
                  call(kit, "deliverJson", recorder.listener(), message.name(), variant.json());
          assertEquals(0, counts.delivered(), message.name() + " " + variant);
          assertEquals(1, counts.malformed() + counts.unknown(), message.name() + " " + variant);
          assertEquals(1, recorder.calls.size(), recorder.calls.toString());
          Object problem = recorder.calls.get(0).args()[1];
          assertInstanceOf(Problem.class, problem);
        }
      }
    }
    assertEquals(
        EnumSet.of(
            Rule.MISSING_REQUIRED,
            Rule.WRONG_TYPE,
            Rule.ENUM,
            Rule.PATTERN,
            Rule.CONST,
            Rule.OUT_OF_RANGE,
            Rule.LENGTH),
        rules);
    assertTrue(variants > 100, "variants: " + variants);
  }

  @Test
  void validEventsReachTheirListenerMethodOverJsonAndSyslog() throws Exception {
    Class<?> eventInterface = load(names.eventInterface());
    Class<?> formatterClass = compiled.load(BASE + ".syslog.CvpSyslogFormatter");
    Object formatter =
        formatterClass.getConstructor(String.class, String.class).newInstance("cvp-01", "CVP");
    Method format = formatterClass.getMethod("format", eventInterface, OffsetDateTime.class);
    for (Message message : api.messages()) {
      Object event = call(samples, "valid", message.name(), 11L);
      byte[] json = (byte[]) call(samples, "validJson", message.name(), 11L);

      Recorder overJson = new Recorder();
      Dispatch.Counts counts =
          (Dispatch.Counts) call(kit, "deliverJson", overJson.listener(), message.name(), json);
      assertEquals(1, counts.delivered(), message.name() + ": " + overJson.calls);
      assertEquals(names.listenerMethod(message), overJson.calls.get(0).method());
      assertEquals(event, overJson.calls.get(0).args()[0]);

      String line = (String) format.invoke(formatter, event, OffsetDateTime.now());
      Recorder overSyslog = new Recorder();
      Object outcome = call(kit, "deliverSyslog", overSyslog.listener(), line);
      assertEquals(SyslogReceiver.Outcome.DELIVERED, outcome, line + ": " + overSyslog.calls);
      assertEquals(names.listenerMethod(message), overSyslog.calls.get(0).method());
    }
    Recorder garbage = new Recorder();
    assertEquals(
        SyslogReceiver.Outcome.MALFORMED,
        call(kit, "deliverSyslog", garbage.listener(), "<13>2 not a date"));
    assertEquals("onMalformed", garbage.calls.get(0).method());
  }

  @Test
  void requiredJmsPropertiesAreCheckedWhenAskedFor() throws Exception {
    Message message = api.messages().get(0);
    byte[] json = (byte[]) call(samples, "validJson", message.name(), 3L);
    Recorder recorder = new Recorder();
    call(kit, "deliverJson", recorder.listener(), message.name(), Map.of(), json);
    assertEquals("onMalformed", recorder.calls.get(0).method());
    Problem problem = (Problem) recorder.calls.get(0).args()[1];
    assertEquals(Problem.Kind.MISSING_HEADER, problem.kind());
    assertThrows(
        IllegalArgumentException.class,
        () -> call(kit, "deliverJson", recorder.listener(), "NoSuchMessage", json));
  }

  @Test
  void theKitIsLaidOutLikeTheRestOfTheGeneratedCode() throws IOException {
    Path kitSources = compiled.sourceRoot().resolve("com/acme/cvp/testkit");
    for (String file : List.of("CvpSamples.java", "CvpTestKit.java")) {
      List<String> lines = Files.readAllLines(kitSources.resolve(file));
      for (String line : lines) {
        assertTrue(line.length() <= 100, file + ": " + line);
        assertFalse(line.endsWith(" "), file + " has trailing spaces: " + line);
      }
    }
  }

  /** One call of a listener method. */
  private record Call(String method, Object[] args) {
    @Override
    public String toString() {
      return method + (method.startsWith("on") && args.length > 1 ? " " + args[1] : "");
    }
  }

  /** A listener that records every call (the typed methods and the reports). */
  private static final class Recorder {
    final List<Call> calls = new ArrayList<>();

    Object listener() {
      return Proxy.newProxyInstance(
          compiled.classLoader(),
          new Class<?>[] {listener},
          (proxy, method, args) -> {
            switch (method.getName()) {
              case "toString" -> {
                return "recorder";
              }
              case "hashCode" -> {
                return 0;
              }
              case "equals" -> {
                return proxy == args[0];
              }
              default -> {
                calls.add(new Call(method.getName(), args));
                return null;
              }
            }
          });
    }
  }

  /** Calls the public static method of that name whose parameters take the arguments. */
  private static Object call(Class<?> type, String name, Object... args) throws Exception {
    for (Method method : type.getMethods()) {
      if (method.getName().equals(name) && fits(method.getParameterTypes(), args)) {
        try {
          return method.invoke(null, args);
        } catch (InvocationTargetException e) {
          throw e.getCause() instanceof Exception cause ? cause : e;
        }
      }
    }
    throw new AssertionError("no method " + name + " for " + List.of(args));
  }

  private static boolean fits(Class<?>[] parameters, Object[] args) {
    if (parameters.length != args.length) {
      return false;
    }
    for (int i = 0; i < args.length; i++) {
      Class<?> parameter = parameters[i] == long.class ? Long.class : parameters[i];
      if (!parameter.isInstance(args[i])) {
        return false;
      }
    }
    return true;
  }

  private static Class<?> load(com.palantir.javapoet.ClassName name) {
    return compiled.load(name.reflectionName());
  }
}
