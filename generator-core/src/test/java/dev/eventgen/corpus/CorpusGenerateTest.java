package dev.eventgen.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import dev.eventgen.Generator;
import dev.eventgen.GeneratorOptions;
import dev.eventgen.Reporter;
import dev.eventgen.Target;
import dev.eventgen.diagnostic.SpecException;
import dev.eventgen.testing.CompiledSources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conformance rule over every corpus document: it either generates code for EVERY target
 * that compiles with {@code -Xlint:all -Werror}, or it is refused with positioned errors and the
 * output folder holds nothing half-written (a previous output stays exactly as it was).
 */
class CorpusGenerateTest {

  private static final Map<String, String> OUTCOMES = new TreeMap<>();

  @TempDir Path work;

  static List<Corpus.Entry> documents() {
    return Corpus.documents();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void generatesCompilingCodeOrIsRefusedCleanly(Corpus.Entry entry) throws IOException {
    Corpus.Outcome outcome = Corpus.load(entry);
    if (outcome.loaded()) {
      List<JavaFile> files =
          Generator.emit(outcome.spec().api(), EnumSet.allOf(Target.class), "corpus.gen", null);
      CompiledSources.compile(work, files);
      OUTCOMES.put(entry.path(), "compiled " + files.size() + " files");
      return;
    }
    Path output = work.resolve("out");
    Path previous = Files.createDirectories(output).resolve("Previous.java");
    Files.writeString(previous, "class Previous {}");
    GeneratorOptions options = GeneratorOptions.of(entry.file(), output, "corpus.gen");
    SpecException refusal =
        assertThrows(SpecException.class, () -> Generator.run(options, Reporter.SILENT));
    assertFalse(refusal.diagnostics().isEmpty());
    assertTrue(refusal.diagnostics().stream().allMatch(d -> d.location().line() > 0));
    try (Stream<Path> left = Files.list(output)) {
      assertEquals(List.of(previous), left.toList(), "the output folder is untouched");
    }
    try (Stream<Path> siblings = Files.list(work)) {
      assertEquals(List.of(output), siblings.toList(), "no staging folder is left behind");
    }
    OUTCOMES.put(entry.path(), "refused: " + refusal.diagnostics().get(0).render());
  }

  @AfterAll
  static void summary() {
    long compiled = OUTCOMES.values().stream().filter(o -> o.startsWith("compiled")).count();
    System.out.printf(
        "corpus conformance: %d documents generate compiling code, %d refused with positions%n",
        compiled, OUTCOMES.size() - compiled);
    OUTCOMES.forEach((path, outcome) -> System.out.println("  " + path + " -> " + outcome));
  }
}
