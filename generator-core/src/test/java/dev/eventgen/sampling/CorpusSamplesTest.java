package dev.eventgen.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.eventgen.Generator;
import dev.eventgen.Target;
import dev.eventgen.corpus.Corpus;
import dev.eventgen.emit.JavaNames;
import dev.eventgen.model.Api;
import dev.eventgen.model.Message;
import dev.eventgen.runtime.EventJson;
import dev.eventgen.runtime.testkit.InvalidSample;
import dev.eventgen.runtime.testkit.Rule;
import dev.eventgen.runtime.testkit.SampleException;
import dev.eventgen.testing.CompiledSources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sample generator against the code generated from every document of the shared corpus that
 * generates: for several seeds per message, the valid sample is read by the generated JSON reader
 * (records, checks and all), and every invalid variant is refused. A message the generator can make
 * no sample for counts as a failure too. The generated test kit is held to the same: its valid
 * event of a seed is the sample read, and it delivers no invalid variant through the generated JMS
 * dispatcher. Totals are printed and kept in {@code target/corpus-samples.txt}.
 */
class CorpusSamplesTest {

  private static final String PACKAGE = "corpus.gen";
  private static final String API_NAME = "Corpus";
  private static final int SEEDS = 5;

  private static final Map<String, String> OUTCOMES = new TreeMap<>();
  private static final Map<Rule, Integer> REFUSED = new EnumMap<>(Rule.class);
  private static int validRead;
  private static int pushedThrough;

  /** The end of the sampler's word on a schema that contradicts itself, which nothing fits. */
  private static final String NO_VALUE_FITS = "no value fits the schema";

  @TempDir Path work;

  static List<Corpus.Entry> documents() {
    return Corpus.documents();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void validSamplesAreReadAndInvalidOnesRefused(Corpus.Entry entry) throws Exception {
    Corpus.Outcome outcome = Corpus.load(entry);
    if (!outcome.loaded()) {
      OUTCOMES.put(entry.path(), "refused by eventgen, no code to check against");
      return;
    }
    Api api = outcome.spec().api();
    CompiledSources compiled =
        CompiledSources.compile(
            work, Generator.emit(api, Set.of(Target.JMS, Target.TESTKIT), PACKAGE, API_NAME));
    JavaNames names = new JavaNames(api, PACKAGE, API_NAME);
    ObjectMapper mapper =
        (ObjectMapper)
            compiled.load(names.json().reflectionName()).getMethod("mapper").invoke(null);
    SampleGenerator samples = new SampleGenerator(api);
    GeneratedKit kit = new GeneratedKit(compiled, names);
    List<String> failures = new ArrayList<>();
    int valid = 0;
    int invalid = 0;
    List<String> unsatisfiable = new ArrayList<>();
    for (Message message : api.messages()) {
      ObjectReader reader =
          EventJson.reader(mapper, compiled.load(names.messageClass(message).reflectionName()));
      for (long seed = 0; seed < SEEDS; seed++) {
        JsonNode sample;
        List<InvalidSample> broken;
        try {
          sample = samples.valid(message, seed);
          broken = samples.invalid(message, seed);
        } catch (SampleException e) {
          if (e.getMessage().endsWith(NO_VALUE_FITS)) {
            unsatisfiable.add(message.name() + ": " + e.getMessage());
          } else {
            failures.add(message.name() + ": no sample: " + e.getMessage());
          }
          break;
        }
        String error = readError(compiled, reader, sample);
        String kitError = error != null ? null : kit.validError(message, seed, reader, sample);
        if (error != null) {
          failures.add(message.name() + " seed " + seed + ": " + sample + " refused: " + error);
        } else if (kitError != null) {
          failures.add(message.name() + " seed " + seed + " through the kit: " + kitError);
        } else {
          valid++;
        }
        for (InvalidSample variant : broken) {
          if (readError(compiled, reader, variant.payload()) == null) {
            failures.add(message.name() + " " + variant + " accepted: " + variant.payload());
          } else if (kit.delivered(message, variant.json())) {
            failures.add(message.name() + " " + variant + " delivered by the kit");
          } else {
            if (kit.delivers()) {
              synchronized (REFUSED) {
                pushedThrough++;
              }
            }
            invalid++;
            synchronized (REFUSED) {
              REFUSED.merge(variant.rule(), 1, Integer::sum);
            }
          }
        }
      }
    }
    synchronized (REFUSED) {
      validRead += valid;
    }
    OUTCOMES.put(
        entry.path(),
        failures.isEmpty()
            ? api.messages().size()
                + " messages: "
                + valid
                + " valid read, "
                + invalid
                + " refused"
                + (unsatisfiable.isEmpty() ? "" : "; no value fits " + unsatisfiable)
            : "FAILED: " + failures.get(0) + " (+" + (failures.size() - 1) + " more)");
    assertEquals(List.of(), failures, "samples of " + entry.path());
    assertTrue(
        api.messages().isEmpty() || valid > 0 || !unsatisfiable.isEmpty(), "some sample was read");
  }

  /** Null if the generated reader accepts the JSON, else what it said. */
  private static String readError(CompiledSources compiled, ObjectReader reader, JsonNode json)
      throws Exception {
    return compiled.withContextClassLoader(
        () -> {
          try {
            reader.readValue(json.toString());
            return null;
          } catch (IOException e) {
            return e.getMessage().lines().findFirst().orElse("");
          }
        });
  }

  @AfterAll
  static void summary() throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(
        "corpus samples: "
            + validRead
            + " valid samples read; invalid variants refused by rule: "
            + REFUSED
            + "; "
            + pushedThrough
            + " of them also refused through a generated test kit's JMS delivery");
    OUTCOMES.forEach((path, outcome) -> lines.add("  " + path + " -> " + outcome));
    lines.forEach(System.out::println);
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target/corpus-samples.txt"), lines);
  }
}
