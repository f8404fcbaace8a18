package dev.eventgen.emit.records;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import dev.eventgen.corpus.Corpus;
import dev.eventgen.emit.JavaNames;
import dev.eventgen.model.Api;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every corpus document that loads gives records that compile without a warning. All documents are
 * compiled in one javac run, each in a package named after its path, so a diagnostic names the
 * document it came from.
 */
class CorpusRecordsTest {

  @Test
  void recordsOfEveryLoadedDocumentCompileWithoutWarnings() {
    List<JavaFile> files = new ArrayList<>();
    int loaded = 0;
    for (Corpus.Entry entry : Corpus.documents()) {
      Corpus.Outcome outcome = Corpus.load(entry);
      if (outcome.loaded()) {
        Api api = outcome.spec().api();
        files.addAll(new RecordsEmitter().emit(api, new JavaNames(api, packageOf(entry), null)));
        loaded++;
      }
    }

    assertTrue(loaded >= 40, "only " + loaded + " corpus documents loaded");
    assertThat(RecordsCompileTest.compile(files)).succeededWithoutWarnings();
  }

  /**
   * {@code spec-2.6.0/streetlights-kafka.yml} -> {@code corpus.spec_2_6_0_streetlights_kafka_yml}.
   */
  private static String packageOf(Corpus.Entry entry) {
    return "corpus." + entry.path().replaceAll("[^A-Za-z0-9]+", "_").toLowerCase(Locale.ROOT);
  }
}
