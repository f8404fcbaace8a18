package dev.eventgen.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.eventgen.GenerationResult;
import dev.eventgen.Generator;
import dev.eventgen.GeneratorOptions;
import dev.eventgen.Reporter;
import dev.eventgen.Target;
import dev.eventgen.diagnostic.Diagnostic;
import dev.eventgen.diagnostic.SpecException;
import dev.eventgen.testing.CompiledSources;
import dev.eventgen.write.SourceWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * The conformance rule of the corpus (its README) over every document, against the official
 * AsyncAPI parser's verdict in {@code OFFICIAL.tsv}:
 *
 * <ul>
 *   <li>valid: eventgen generates code for EVERY target, and it compiles with {@code -Xlint:all
 *       -Werror}; what eventgen ignores it reports as warnings, each with a position.
 *   <li>invalid: eventgen refuses it with positioned errors, leaving the previous output exactly as
 *       it was and no staging folder behind; or it generates compiling code with at least one
 *       positioned warning.
 * </ul>
 *
 * No exception other than {@link SpecException} may escape. The outcome of every document is
 * printed and recorded in {@code target/corpus-generate.txt}.
 */
class CorpusGenerateTest {

  private static final Map<String, String> OUTCOMES = new TreeMap<>();
  private static final String PREVIOUS = "class Previous {}";

  @TempDir Path work;

  static List<Corpus.Entry> documents() {
    return Corpus.documents();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void followsTheOfficialParsersVerdict(Corpus.Entry entry) throws IOException {
    Path output = previousOutput(work.resolve("out"));
    List<Diagnostic> warnings = new ArrayList<>();
    GeneratorOptions options =
        GeneratorOptions.of(entry.file(), output, "corpus.gen")
            .withTargets(EnumSet.allOf(Target.class));
    GenerationResult result;
    try {
      result = Generator.run(options, collecting(warnings));
    } catch (SpecException refusal) {
      refused(entry, refusal, output);
      return;
    } catch (RuntimeException escaped) {
      OUTCOMES.put(entry.path(), "FAILED: " + escaped + " escaped");
      throw new AssertionError("only a SpecException may escape, not " + escaped, escaped);
    }
    generated(entry, result, output, warnings);
  }

  private void refused(Corpus.Entry entry, SpecException refusal, Path output) throws IOException {
    List<Diagnostic> errors = refusal.diagnostics().stream().filter(Diagnostic::isError).toList();
    assertFalse(errors.isEmpty(), "a refusal has errors");
    String why = String.join(" | ", errors.stream().map(Diagnostic::render).toList());
    OUTCOMES.put(
        entry.path(),
        (entry.valid() ? "FAILED: valid but refused: " : "refused: ") + brief(entry, errors));
    refusal.diagnostics().forEach(CorpusGenerateTest::assertPositioned);
    try (Stream<Path> left = Files.list(output)) {
      assertEquals(
          List.of(output.resolve(SourceWriter.MARKER), output.resolve("Previous.java")),
          left.sorted().toList(),
          "the output folder is untouched");
    }
    assertEquals(PREVIOUS, Files.readString(output.resolve("Previous.java")));
    try (Stream<Path> siblings = Files.list(work)) {
      assertEquals(List.of(output), siblings.toList(), "no staging folder is left behind");
    }
    if (entry.valid()) {
      fail("the official parser accepts " + entry.path() + ", eventgen refuses it: " + why);
    }
  }

  private void generated(
      Corpus.Entry entry, GenerationResult result, Path output, List<Diagnostic> warnings) {
    OUTCOMES.put(
        entry.path(),
        "FAILED: generated "
            + result.files().size()
            + " files"
            + (warnings.isEmpty() ? " without a warning" : "")
            + " (official parser: "
            + entry.official()
            + ")");
    warnings.forEach(CorpusGenerateTest::assertPositioned);
    assertTrue(
        entry.valid() || !warnings.isEmpty(),
        "the official parser rejects "
            + entry.path()
            + " ("
            + entry.error()
            + "); eventgen generates without a warning");
    CompiledSources.compileWritten(work.resolve("compile"), output, result.files());
    OUTCOMES.put(
        entry.path(),
        "compiled "
            + result.files().size()
            + " files, "
            + warnings.size()
            + " warnings"
            + (warnings.isEmpty() ? "" : ": " + brief(entry, warnings)));
  }

  /** The first diagnostic, its file named relative to the corpus, and how many more there are. */
  private static String brief(Corpus.Entry entry, List<Diagnostic> diagnostics) {
    String first = diagnostics.get(0).render().replace(entry.root() + "/", "");
    int more = diagnostics.size() - 1;
    return more == 0 ? first : first + " (+" + more + " more)";
  }

  /** A previous eventgen output: what a refusal must leave exactly as it was. */
  private static Path previousOutput(Path output) throws IOException {
    Files.createDirectories(output);
    Files.writeString(output.resolve(SourceWriter.MARKER), "previous run\n");
    Files.writeString(output.resolve("Previous.java"), PREVIOUS);
    return output;
  }

  private static Reporter collecting(List<Diagnostic> warnings) {
    return new Reporter() {
      @Override
      public void info(String message) {}

      @Override
      public void warning(Diagnostic diagnostic) {
        warnings.add(diagnostic);
      }
    };
  }

  private static void assertPositioned(Diagnostic d) {
    assertTrue(
        d.location().file() != null && d.location().line() > 0 && d.location().column() > 0,
        "not positioned (file:line:col): " + d.render());
  }

  /** Prints the outcome of every document and records it in target/corpus-generate.txt. */
  @AfterAll
  static void summary() throws IOException {
    long compiled = OUTCOMES.values().stream().filter(o -> o.startsWith("compiled")).count();
    long refused = OUTCOMES.values().stream().filter(o -> o.startsWith("refused")).count();
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            "corpus conformance: %d documents generate compiling code, %d refused with positions,"
                + " %d against the rule",
            compiled, refused, OUTCOMES.size() - compiled - refused));
    OUTCOMES.forEach((path, outcome) -> lines.add("  " + path + " -> " + outcome));
    lines.forEach(System.out::println);
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target/corpus-generate.txt"), lines);
  }
}
