package dev.eventgen.emit.jms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import dev.eventgen.testing.CompiledSources;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JmsEmitterTest {

  @TempDir static Path work;
  static CompiledSources compiled;

  @BeforeAll
  static void compile() {
    compiled = DemoJms.compile(work);
  }

  @Test
  void generatesNoJavaxAndOnlyJakartaJms() {
    for (JavaFile file : DemoJms.files()) {
      String source = file.toString();
      assertTrue(!source.contains("javax."), file.typeSpec().name() + " uses javax");
    }
  }

  @Test
  void destinationConstantsAndChannelKinds() throws Exception {
    Class<?> destinations = compiled.load("dev.eventgen.demo.jms.DemoDestinations");
    assertEquals("demo.started", destinations.getField("DEMO_STARTED").get(null));
    assertEquals("demo.mixed", destinations.getField("DEMO_MIXED").get(null));

    Class<?> channel = compiled.load("dev.eventgen.demo.jms.DemoJmsChannel");
    Object mixed = channel.getMethod("forDestination", String.class).invoke(null, "demo.mixed");
    assertEquals("DEMO_MIXED", mixed.toString());
    assertEquals("QUEUE", channel.getMethod("kind").invoke(mixed).toString());
    assertEquals("demo/mixed", channel.getMethod("address").invoke(mixed));
    assertEquals(
        List.of("EndedEvent", "StartedEvent"), channel.getMethod("messageNames").invoke(mixed));
    Object started = channel.getMethod("forDestination", String.class).invoke(null, "demo.started");
    assertEquals("TOPIC", channel.getMethod("kind").invoke(started).toString());
    assertNull(channel.getMethod("forDestination", String.class).invoke(null, "demo.local"));
    assertEquals(
        2, channel.getEnumConstants().length, "the channel without JMS binding is left out");
  }
}
