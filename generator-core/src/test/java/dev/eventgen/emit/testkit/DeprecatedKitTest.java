package dev.eventgen.emit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventgen.Generator;
import dev.eventgen.SpecLoader;
import dev.eventgen.Target;
import dev.eventgen.model.Api;
import dev.eventgen.testing.CompiledSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A kit naming a deprecated message class compiles under -Werror and still samples it. */
class DeprecatedKitTest {

  private static final String SPEC =
      """
      asyncapi: 2.6.0
      info: {title: Old, version: '1'}
      channels:
        old:
          subscribe:
            message:
              name: Retired
              payload:
                type: object
                deprecated: true
                required: [id]
                properties:
                  id: {type: string, pattern: '^R[0-9]{3}$'}
      """;

  @TempDir Path work;

  @Test
  void deprecatedMessagesAreSampledWithoutWarnings() throws Exception {
    Path spec = work.resolve("old.yaml");
    Files.writeString(spec, SPEC);
    Api api = SpecLoader.load(spec).api();
    CompiledSources compiled =
        CompiledSources.compile(
            work.resolve("out"), Generator.emit(api, Set.of(Target.TESTKIT), "old", "Old"));
    Object event =
        compiled
            .load("old.testkit.OldSamples")
            .getMethod("valid", String.class, long.class)
            .invoke(null, "Retired", 5L);
    String id = (String) event.getClass().getMethod("id").invoke(event);
    assertEquals(true, id.matches("R[0-9]{3}"), id);
  }
}
