package dev.eventgen.corpus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eventgen.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every corpus document (read from the shared folder, see {@link Corpus}) either loads or is
 * refused with positioned diagnostics; no other exception escapes. Whether it should load is the
 * official parser's verdict, checked by {@link CorpusGenerateTest}. Prints a summary of what loaded
 * and why the rest was refused.
 */
class CorpusLoadTest {

  private static final Map<String, String> OUTCOMES = new TreeMap<>();

  static List<Corpus.Entry> documents() {
    return Corpus.documents();
  }

  @Test
  void indexListsTheCorpus() {
    assertTrue(documents().size() >= 45, "INDEX.tsv lists " + documents().size() + " documents");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void loadsOrIsRefusedWithPositions(Corpus.Entry entry) {
    Corpus.Outcome outcome = Corpus.load(entry);
    if (entry.features().contains("refs-remote")) {
      assertTrue(
          !outcome.loaded()
              && outcome.refusal().diagnostics().stream().anyMatch(d -> d.code().equals("E009")),
          "a document with remote refs is refused with E009");
    }
    if (outcome.loaded()) {
      assertFalse(outcome.spec().api().channels().isEmpty(), "a loaded document has channels");
      OUTCOMES.put(
          entry.path(),
          "loaded: "
              + outcome.spec().api().messages().size()
              + " messages, "
              + outcome.spec().api().types().size()
              + " types, "
              + outcome.spec().warnings().size()
              + " warnings");
      return;
    }
    List<Diagnostic> diagnostics = outcome.refusal().diagnostics();
    assertFalse(diagnostics.isEmpty());
    for (Diagnostic d : diagnostics) {
      assertNotNull(d.location().file(), d.render());
      assertTrue(d.location().line() > 0, "no position: " + d.render());
    }
    List<Diagnostic> errors = diagnostics.stream().filter(Diagnostic::isError).toList();
    assertFalse(errors.isEmpty(), "a refusal has errors");
    OUTCOMES.put(
        entry.path(),
        "refused (official parser: "
            + entry.official()
            + "): "
            + String.join(" | ", errors.stream().map(Diagnostic::render).toList()));
  }

  /** Prints the outcome of every document and records it in target/corpus-load.txt. */
  @AfterAll
  static void summary() throws IOException {
    long loaded = OUTCOMES.values().stream().filter(o -> o.startsWith("loaded")).count();
    List<String> lines = new ArrayList<>();
    lines.add(String.format("corpus: %d loaded, %d refused", loaded, OUTCOMES.size() - loaded));
    OUTCOMES.forEach((path, outcome) -> lines.add("  " + path + " -> " + outcome));
    lines.forEach(System.out::println);
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target/corpus-load.txt"), lines);
  }
}
