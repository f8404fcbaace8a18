package dev.eventgen.corpus;

import dev.eventgen.LoadedSpec;
import dev.eventgen.SpecLoader;
import dev.eventgen.diagnostic.SpecException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The corpus of real AsyncAPI documents, read from the shared folder beside the repository ({@code
 * ../shared/corpus}; it is never copied into the repository). {@code INDEX.tsv} lists each file,
 * its version and whether it is a document or a fragment that documents refer to; {@code
 * OFFICIAL.tsv} gives the official AsyncAPI parser's verdict on each document. Tests that go
 * further than loading (emit, compile) reuse {@link #load}.
 *
 * <p>The shared folder is the system property {@value #PROPERTY} (the build sets it to {@code
 * ${maven.multiModuleProjectDirectory}/../shared}); failing that, the first {@code shared/corpus}
 * found walking up from the working directory. Without it the tests fail, naming every place looked
 * at.
 */
public final class Corpus {

  /** The system property that names the shared folder (the one holding {@code corpus/}). */
  public static final String PROPERTY = "eventgen.shared";

  /** One document of INDEX.tsv with the official parser's verdict on it. */
  public record Entry(
      Path root, String path, String asyncapi, String features, String official, String error) {
    public Path file() {
      return root.resolve(path);
    }

    /** The official AsyncAPI parser accepts the document. */
    public boolean valid() {
      return official.equals("valid");
    }

    @Override
    public String toString() {
      return path;
    }
  }

  /** What loading a document gave: the spec, or the refusal. */
  public record Outcome(Entry entry, LoadedSpec spec, SpecException refusal) {
    public boolean loaded() {
      return spec != null;
    }
  }

  private Corpus() {}

  /** The corpus folder; fails with every place looked at if there is none. */
  public static Path root() {
    Set<Path> tried = new LinkedHashSet<>();
    String configured = System.getProperty(PROPERTY);
    if (configured != null && !configured.isBlank()) {
      tried.add(Path.of(configured).resolve("corpus").toAbsolutePath().normalize());
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      tried.add(dir.resolve("shared").resolve("corpus"));
    }
    for (Path candidate : tried) {
      if (Files.isRegularFile(candidate.resolve("INDEX.tsv"))
          && Files.isRegularFile(candidate.resolve("OFFICIAL.tsv"))) {
        return candidate;
      }
    }
    List<String> places = tried.stream().map(Path::toString).toList();
    throw new IllegalStateException(
        "the shared AsyncAPI corpus (corpus/INDEX.tsv and corpus/OFFICIAL.tsv) is missing: it is"
            + " read from ../shared beside the repository (system property "
            + PROPERTY
            + "="
            + configured
            + "); looked in:\n  "
            + String.join("\n  ", places));
  }

  /** The documents of INDEX.tsv (not the fragments), each with its verdict from OFFICIAL.tsv. */
  public static List<Entry> documents() {
    Path root = root();
    Map<String, String[]> verdicts = new HashMap<>();
    for (String[] cols : rows(root.resolve("OFFICIAL.tsv"))) {
      verdicts.put(cols[0], cols);
    }
    List<Entry> documents = new ArrayList<>();
    for (String[] cols : rows(root.resolve("INDEX.tsv"))) {
      if (!cols[2].equals("document")) {
        continue;
      }
      String[] verdict = verdicts.get(cols[0]);
      if (verdict == null) {
        throw new IllegalStateException("OFFICIAL.tsv has no verdict on " + cols[0]);
      }
      documents.add(new Entry(root, cols[0], cols[1], cols[5], verdict[1], verdict[2]));
    }
    return documents;
  }

  private static List<String[]> rows(Path tsv) {
    try {
      return Files.readAllLines(tsv).stream()
          .skip(1)
          .filter(line -> !line.isBlank())
          .map(line -> line.split("\t", -1))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loads the document; a {@link SpecException} is an outcome, anything else propagates. */
  public static Outcome load(Entry entry) {
    try {
      return new Outcome(entry, SpecLoader.load(entry.file()), null);
    } catch (SpecException refusal) {
      return new Outcome(entry, null, refusal);
    }
  }
}
