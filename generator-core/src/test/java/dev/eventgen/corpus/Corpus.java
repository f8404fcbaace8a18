package dev.eventgen.corpus;

import dev.eventgen.diagnostic.SpecException;
import dev.eventgen.parse.LoadedSpec;
import dev.eventgen.parse.SpecLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The corpus of real AsyncAPI documents under {@code src/test/resources/corpus}: {@code INDEX.tsv}
 * lists each file, its version and whether it is a document or a fragment that documents refer to.
 * Tests that go further than loading (emit, compile) reuse {@link #load}.
 */
public final class Corpus {

  public static final Path ROOT = Path.of("src/test/resources/corpus");

  /** One row of INDEX.tsv. */
  public record Entry(String path, String asyncapi, String kind, String features) {
    public Path file() {
      return ROOT.resolve(path);
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

  public static List<Entry> documents() {
    try {
      return Files.readAllLines(ROOT.resolve("INDEX.tsv")).stream()
          .skip(1)
          .map(line -> line.split("\t", -1))
          .map(cols -> new Entry(cols[0], cols[1], cols[2], cols[5]))
          .filter(e -> e.kind().equals("document"))
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
