package dev.eventgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The AsyncAPI 3.0 spec and its 2.6 rendition describe the same API, so the generated sources
 * (every target) are byte for byte the same; and a run is deterministic.
 */
class RenditionsTest {

  private static final Path V3 = Path.of("../spec/cvp-call-events.yaml");
  private static final Path V26 = Path.of("src/test/resources/cvp-2.6/cvp-call-events.yaml");

  @TempDir Path work;

  @Test
  void theTwoRenditionsGenerateIdenticalSources() throws IOException {
    Map<String, String> fromV3 = generate(V3, "v3");
    Map<String, String> fromV26 = generate(V26, "v26");
    assertEquals(fromV3.keySet(), fromV26.keySet());
    fromV3.forEach((file, text) -> assertEquals(text, fromV26.get(file), file));
    assertNotEquals(0, fromV3.size());
  }

  @Test
  void twoRunsWriteTheSameBytes() throws IOException {
    assertEquals(generate(V3, "first"), generate(V3, "second"));
  }

  private Map<String, String> generate(Path spec, String folder) throws IOException {
    Path out = work.resolve(folder);
    Generator.run(
        GeneratorOptions.of(spec, out, "com.acme.cvp").withApiName("Cvp"), Reporter.SILENT);
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(out)) {
      for (Path file : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
        files.put(out.relativize(file).toString(), Files.readString(file));
      }
    }
    return files;
  }
}
