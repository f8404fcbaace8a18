package dev.eventgen.emit.listener;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import dev.eventgen.demo.model.Started;
import dev.eventgen.emit.DemoApi;
import dev.eventgen.runtime.EventContext;
import dev.eventgen.runtime.EventListener;
import dev.eventgen.runtime.Problem;
import dev.eventgen.testing.CompiledSources;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
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
  void listenerHasOneDefaultMethodPerMessageAndInheritsTheThreeReportMethods() throws Exception {
    Class<?> listener = compiled.load("dev.eventgen.demo.DemoEventListener");
    List<String> methods =
        Arrays.stream(listener.getDeclaredMethods()).map(Method::getName).sorted().toList();
    assertEquals(List.of("onEnded", "onStarted"), methods);
    for (Method method : listener.getDeclaredMethods()) {
      assertTrue(method.isDefault(), method + " has a default");
    }
    assertTrue(EventListener.class.isAssignableFrom(listener), "extends the runtime's listener");
    listener.getMethod("onStarted", Started.class, EventContext.class);
    listener.getMethod("onMalformed", EventContext.class, Problem.class);
    listener.getMethod("onUnknown", EventContext.class, Problem.class);
    listener.getMethod("onListenerFailure", EventContext.class, Throwable.class);
  }

  @Test
  void onlyTheListenerIsGenerated() {
    assertEquals(
        List.of("DemoEventListener"), files.stream().map(f -> f.typeSpec().name()).toList());
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
    assertTrue(source.contains("nothing dropped silently"), source);
  }
}
