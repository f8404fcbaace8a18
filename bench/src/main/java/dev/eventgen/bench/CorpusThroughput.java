package dev.eventgen.bench;

import com.palantir.javapoet.JavaFile;
import dev.eventgen.Generator;
import dev.eventgen.LoadedSpec;
import dev.eventgen.Reporter;
import dev.eventgen.Target;
import dev.eventgen.diagnostic.SpecException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Documents per second over the shared AsyncAPI corpus, in process: for every document of {@code
 * INDEX.tsv} (kind {@code document}), load (read, resolve, bind, check, model) and emit every
 * target, rendering each Java file to its source text; nothing is written to disk or compiled.
 * Also the share of documents that generate, overall and among those the official parser accepts
 * ({@code OFFICIAL.tsv}). A round is one pass over the whole corpus; warm-up rounds are not
 * counted, the median of the measured rounds is the result.
 *
 * <p>Usage: {@code CorpusThroughput <corpus folder> [warm-up rounds, default 5] [rounds, default
 * 10]}
 */
public final class CorpusThroughput {

  private static final Set<Target> ALL = EnumSet.allOf(Target.class);

  private record Document(Path file, String path, boolean valid) {}

  /** What one document gave: generated files and source characters, or why it was refused. */
  private record Outcome(boolean generated, int files, long chars, String refusal, double millis) {
    Outcome timed(long startNanos) {
      return new Outcome(generated, files, chars, refusal, (System.nanoTime() - startNanos) / 1e6);
    }
  }

  private CorpusThroughput() {}

  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(args[0]);
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    List<Document> documents = documents(corpus);

    Map<String, Outcome> outcomes = new HashMap<>();
    for (int round = 0; round < warmup; round++) {
      pass(documents, outcomes);
    }
    double[] rates = new double[rounds];
    for (int round = 0; round < rounds; round++) {
      long start = System.nanoTime();
      pass(documents, outcomes);
      double seconds = (System.nanoTime() - start) / 1e9;
      rates[round] = documents.size() / seconds;
      System.out.printf("round %2d: %.3f s, %.1f documents/s%n", round + 1, seconds, rates[round]);
    }
    Arrays.sort(rates);

    System.out.println();
    System.out.println(
        "# per document (last round): ms, generated <files> <source chars> | refused <first error>");
    int generated = 0;
    int valid = 0;
    int validGenerated = 0;
    for (Document document : documents) {
      Outcome outcome = outcomes.get(document.path());
      System.out.println(
          document.path()
              + "\t"
              + (document.valid() ? "valid" : "invalid")
              + String.format("\t%.1f ms\t", outcome.millis())
              + (outcome.generated()
                  ? "generated " + outcome.files() + " " + outcome.chars()
                  : "refused " + outcome.refusal()));
      generated += outcome.generated() ? 1 : 0;
      valid += document.valid() ? 1 : 0;
      validGenerated += document.valid() && outcome.generated() ? 1 : 0;
    }
    System.out.println();
    System.out.printf(
        "eventgen: %.1f documents/s (median of %d rounds; min %.1f, max %.1f)%n",
        rates[rounds / 2], rounds, rates[0], rates[rounds - 1]);
    System.out.printf(
        "eventgen: generated %d of %d documents (%.0f%%); %d of %d the official parser accepts"
            + " (%.0f%%)%n",
        generated,
        documents.size(),
        100.0 * generated / documents.size(),
        validGenerated,
        valid,
        100.0 * validGenerated / valid);
  }

  private static void pass(List<Document> documents, Map<String, Outcome> outcomes) {
    for (Document document : documents) {
      long start = System.nanoTime();
      outcomes.put(document.path(), generate(document).timed(start));
    }
  }

  private static Outcome generate(Document document) {
    try {
      LoadedSpec spec = Generator.load(document.file(), Reporter.SILENT);
      List<JavaFile> files = Generator.emit(spec.api(), ALL, "corpus.gen", null);
      long chars = 0;
      for (JavaFile file : files) {
        chars += file.toString().length();
      }
      return new Outcome(true, files.size(), chars, null, 0);
    } catch (SpecException refusal) {
      String first = refusal.diagnostics().isEmpty() ? "" : refusal.diagnostics().get(0).code();
      return new Outcome(
          false, 0, 0, first + " (" + refusal.diagnostics().size() + " errors)", 0);
    } catch (RuntimeException escaped) {
      return new Outcome(false, 0, 0, "CRASH " + escaped, 0);
    }
  }

  private static List<Document> documents(Path corpus) throws IOException {
    Map<String, Boolean> valid = new HashMap<>();
    for (String[] cols : rows(corpus.resolve("OFFICIAL.tsv"))) {
      valid.put(cols[0], cols[1].equals("valid"));
    }
    List<Document> documents = new ArrayList<>();
    for (String[] cols : rows(corpus.resolve("INDEX.tsv"))) {
      if (cols[2].equals("document")) {
        documents.add(
            new Document(corpus.resolve(cols[0]), cols[0], valid.getOrDefault(cols[0], false)));
      }
    }
    return documents;
  }

  private static List<String[]> rows(Path tsv) throws IOException {
    return Files.readAllLines(tsv).stream()
        .skip(1)
        .filter(line -> !line.isBlank())
        .map(line -> line.split("\t", -1))
        .toList();
  }
}
