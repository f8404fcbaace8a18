package dev.eventgen.emit.listener;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import dev.eventgen.demo.model.Started;
import dev.eventgen.emit.DemoApi;
import dev.eventgen.testing.CompiledSources;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListenerEmitterTest {

  @TempDir static Path work;
  static List<JavaFile> files;
  static CompiledSources compiled;

  @BeforeAll
  static void compile() {
    files = new ListenerEmitter().emit(DemoApi.api(), DemoApi.names());
    compiled = CompiledSources.compile(work, files);
  }

  @Test
  void listenerHasOneDefaultMethodPerMessageAndTheThreeReportMethods() throws Exception {
    Class<?> listener = compiled.load("dev.eventgen.demo.DemoEventListener");
    Class<?> context = compiled.load("dev.eventgen.demo.EventContext");
    Class<?> problem = compiled.load("dev.eventgen.demo.Problem");
    List<String> methods =
        Arrays.stream(listener.getDeclaredMethods()).map(Method::getName).sorted().toList();
    assertEquals(
        List.of("onEnded", "onListenerFailure", "onMalformed", "onStarted", "onUnknown"), methods);
    for (Method method : listener.getDeclaredMethods()) {
      assertTrue(method.isDefault(), method + " has a default");
    }
    listener.getMethod("onStarted", Started.class, context);
    listener.getMethod("onMalformed", context, problem);
    listener.getMethod("onUnknown", context, problem);
    listener.getMethod("onListenerFailure", context, RuntimeException.class);
  }

  @Test
  void eventContextCopiesHeadersAndDecodesTheBody() throws Exception {
    Class<?> type = compiled.load("dev.eventgen.demo.EventContext");
    Constructor<?> constructor = type.getConstructors()[0];
    Map<String, Object> headers = new LinkedHashMap<>();
    headers.put("JMSType", "StartedEvent");
    byte[] body = "{\"a\":\"é\"}".getBytes(StandardCharsets.UTF_8);
    Object context =
        constructor.newInstance(
            "jms", "demo/started", "demo.started", "StartedEvent", headers, true, body);
    headers.put("late", 1);

    assertEquals("{\"a\":\"é\"}", type.getMethod("bodyText").invoke(context));
    assertEquals("StartedEvent", type.getMethod("header", String.class).invoke(context, "JMSType"));
    assertEquals(Map.of("JMSType", "StartedEvent"), type.getMethod("headers").invoke(context));
    assertTrue(context.toString().contains("body=" + body.length + " bytes"), context.toString());
    assertEquals("jms", type.getField("JMS").get(null));

    Object empty = constructor.newInstance("syslog", null, null, null, null, false, null);
    assertEquals("", type.getMethod("bodyText").invoke(empty));
    assertEquals(Map.of(), type.getMethod("headers").invoke(empty));
  }

  @Test
  void transportHeadersAreMadeOnceOnFirstReadAndKeptWithoutACopy() throws Exception {
    Class<?> type = compiled.load("dev.eventgen.demo.EventContext");
    Class<?> headersType = compiled.load("dev.eventgen.demo.EventContext$Headers");
    AtomicInteger made = new AtomicInteger();
    Supplier<Map<String, Object>> source = () -> {
      made.incrementAndGet();
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("msgId", "CALL_STARTED");
      map.put("hostname", "cvp1");
      return map;
    };
    Object headers = headersType.getConstructor(Supplier.class).newInstance(source);
    Object context = type.getConstructors()[0].newInstance(
        "syslog", null, "127.0.0.1", null, headers, false, new byte[0]);

    assertSame(headers, type.getMethod("headers").invoke(context));
    assertEquals(0, made.get(), "nothing is made before it is read");
    assertEquals("cvp1", type.getMethod("header", String.class).invoke(context, "hostname"));
    Map<?, ?> read = (Map<?, ?>) headers;
    assertEquals(List.of("msgId", "hostname"), List.copyOf(read.keySet()), "arrival order");
    assertEquals(Map.of("msgId", "CALL_STARTED", "hostname", "cvp1"), read);
    assertEquals(1, made.get(), "made once");
    assertThrows(UnsupportedOperationException.class, () -> read.clear());
  }

  @Test
  void problemNamesKindFieldAndOffset() throws Exception {
    Class<?> type = compiled.load("dev.eventgen.demo.Problem");
    Class<?> kind = compiled.load("dev.eventgen.demo.Problem$Kind");
    assertEquals(
        List.of(
            "SYNTAX",
            "MISSING_FIELD",
            "INVALID_VALUE",
            "UNKNOWN_ENUM_VALUE",
            "UNKNOWN_MESSAGE",
            "TOO_LARGE",
            "TRANSPORT"),
        Arrays.stream(kind.getEnumConstants()).map(Object::toString).toList());
    Constructor<?> constructor = type.getConstructors()[0];
    Object invalid = kind.getField("INVALID_VALUE").get(null);
    Object problem = constructor.newInstance(invalid, "not a number", "source.port", 42L);
    assertEquals("INVALID_VALUE at source.port (byte 42): not a number", problem.toString());

    Object whole =
        type.getMethod("of", kind, String.class)
            .invoke(null, kind.getField("TOO_LARGE").get(null), "2 MiB > 1 MiB");
    assertEquals("TOO_LARGE: 2 MiB > 1 MiB", whole.toString());
    assertEquals(-1L, type.getMethod("offset").invoke(whole));

    Throwable thrown =
        assertThrows(
            InvocationTargetException.class, () -> constructor.newInstance(null, "x", null, -1L));
    assertTrue(thrown.getCause() instanceof NullPointerException);
  }

  @Test
  void listenerJavadocCarriesMessageDocsAndGuarantees() {
    String source =
        files.stream()
            .filter(f -> f.typeSpec().name().equals("DemoEventListener"))
            .findFirst()
            .orElseThrow()
            .toString();
    assertTrue(source.contains("Started: A thing started."), source);
    assertTrue(source.contains("<p>Sent when it happens."), source);
    assertTrue(source.contains("at-least-once"), source);
    assertTrue(source.contains("nothing is dropped silently"), source);
  }
}
