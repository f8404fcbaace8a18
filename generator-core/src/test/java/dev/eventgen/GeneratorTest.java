package dev.eventgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eventgen.diagnostic.SpecException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade runs the whole pipeline on the CVP spec and stops before writing on a bad one. */
class GeneratorTest {

  @TempDir Path out;

  @Test
  void runsEndToEndOnTheCvpSpec() {
    List<String> infos = new ArrayList<>();
    Reporter reporter =
        new Reporter() {
          @Override
          public void info(String message) {
            infos.add(message);
          }

          @Override
          public void warning(dev.eventgen.diagnostic.Diagnostic diagnostic) {
            infos.add(diagnostic.render());
          }
        };
    Path spec = Path.of("../spec/cvp-call-events.yaml");
    GenerationResult result =
        Generator.run(GeneratorOptions.of(spec, out.resolve("gen"), "com.acme.cvp"), reporter);
    assertEquals("Cisco Voice Portal Call Events API", result.api().title());
    assertEquals(java.util.Set.of(spec.toAbsolutePath().normalize()), result.inputFiles());
    assertTrue(result.targets().contains(Target.JMS) && result.targets().contains(Target.SYSLOG));
    assertEquals(1, infos.size(), infos.toString());
  }

  @Test
  void aBadSpecWritesNothing() {
    Path target = out.resolve("gen");
    assertThrows(
        SpecException.class,
        () ->
            Generator.run(
                GeneratorOptions.of(
                    Path.of("src/test/resources/bad/typo-key.yaml"), target, "com.acme"),
                Reporter.SILENT));
    assertFalse(Files.exists(target));
  }
}
