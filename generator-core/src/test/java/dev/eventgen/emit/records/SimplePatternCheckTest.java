package dev.eventgen.emit.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import dev.eventgen.emit.records.CharRanges.Range;
import dev.eventgen.emit.records.SimplePattern.Atom;
import dev.eventgen.testing.CompiledSources;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * The generated checks of simple patterns, compiled and run, accept exactly what {@code
 * Pattern.compile(regex).matcher(value).matches()} accepts, on strings that mostly match or nearly
 * match. That is the ECMA-262 meaning of an anchored pattern: {@code $} is the end of the input.
 */
class SimplePatternCheckTest {

  /** Patterns of the CVP spec and awkward cases of the subset, by hand. */
  static final List<String> CHOSEN =
      List.of(
          "^[0-9A-F]{32}$",
          "^[0-9]{1,10}-[0-9]{1,10}-[0-9]{1,10}-[0-9]{1,10}$",
          "^[0-9]+-[0-9]+-[0-9]+$",
          "^amq\\.gen\\-[a-z0-9_]*$",
          "^\\d{3,}x?y*$",
          "^[a-cx-z_]?[0-9]{2,4}$",
          "^$",
          "^a{0}b$",
          "^[-a]+:[a-b-d]*$",
          "^[\\]\\\\'\"]{1,2}\\.$",
          "^a*/\t?$",
          "^caf\u00e9[\u00e0-\u00ff]+\u4e2d?$");

  /** The chosen patterns, then random ones the subset accepts. */
  static final List<String> PATTERNS = patterns();

  private static Path workDir;
  private static Method[] checks;

  @BeforeContainer
  static void compile() throws Exception {
    PatternMethods methods = new PatternMethods(ClassName.get("test.model", "TestPatterns"));
    for (int i = 0; i < PATTERNS.size(); i++) {
      methods.matches(PATTERNS.get(i), "p" + i).orElseThrow();
    }
    JavaFile file = JavaFile.builder("test.model", methods.write().orElseThrow().build()).build();
    workDir = Files.createTempDirectory("simple-patterns");
    Class<?> holder =
        CompiledSources.compile(workDir, List.of(file)).load("test.model.TestPatterns");
    checks = new Method[PATTERNS.size()];
    for (int i = 0; i < PATTERNS.size(); i++) {
      checks[i] = holder.getDeclaredMethod("isP" + i, String.class);
      checks[i].setAccessible(true);
    }
  }

  @AfterContainer
  static void deleteWorkDir() throws IOException {
    try (Stream<Path> paths = Files.walk(workDir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  @Property(tries = 10_000)
  void generatedCheckAgreesWithJavaRegex(@ForAll("nearMatches") Tuple2<Integer, String> sample)
      throws Exception {
    int index = sample.get1();
    String value = sample.get2();
    boolean expected = Pattern.compile(PATTERNS.get(index)).matcher(value).matches();

    Statistics.collect(expected ? "matches" : "does not match");
    Statistics.coverage(
        coverage -> {
          coverage.check("matches").percentage(p -> p > 15);
          coverage.check("does not match").percentage(p -> p > 15);
        });
    assertEquals(expected, checks[index].invoke(null, value), PATTERNS.get(index) + " on " + value);
  }

  @Example
  void dollarIsTheEndOfInputNotBeforeAFinalLineBreak() throws Exception {
    String guid = "064CD880000100000000025308C6C90A";
    assertTrue(Pattern.compile(PATTERNS.get(0)).matcher(guid + "\n").find(), "Java's find()");

    assertTrue((boolean) checks[0].invoke(null, guid));
    assertFalse((boolean) checks[0].invoke(null, guid + "\n"));
    assertFalse((boolean) checks[0].invoke(null, guid + "\r\n"));
  }

  /**
   * The chosen patterns and 60 random ones that the subset accepts, built from overlapping classes
   * and every kind of quantifier, so that the rule deciding which patterns are simple is tested
   * too: a pattern it wrongly accepted would disagree with Java somewhere.
   */
  private static List<String> patterns() {
    String[] atoms = {"a", "b", "-", "[ab]", "[a-c]", "\\d", "[0-5]", "[5-9x]"};
    String[] counts = {"", "", "?", "*", "+", "{2}", "{1,3}", "{0,2}", "{2,}"};
    Random random = new Random(20_261_125);
    List<String> patterns = new ArrayList<>(CHOSEN);
    for (int tries = 0; patterns.size() < CHOSEN.size() + 60 && tries < 100_000; tries++) {
      StringBuilder regex = new StringBuilder("^");
      for (int n = 1 + random.nextInt(4); n > 0; n--) {
        regex.append(atoms[random.nextInt(atoms.length)]);
        regex.append(counts[random.nextInt(counts.length)]);
      }
      String candidate = regex.append('$').toString();
      if (SimplePattern.parse(candidate).isPresent() && !patterns.contains(candidate)) {
        patterns.add(candidate);
      }
    }
    return List.copyOf(patterns);
  }

  /** A pattern and a string: one of its matches, mutated zero to three times. */
  @Provide
  Arbitrary<Tuple2<Integer, String>> nearMatches() {
    return Combinators.combine(
            Arbitraries.integers().between(0, PATTERNS.size() - 1), Arbitraries.longs())
        .as((index, seed) -> Tuple.of(index, nearMatch(PATTERNS.get(index), new Random(seed))));
  }

  private static String nearMatch(String regex, Random random) {
    List<Atom> atoms = SimplePattern.parse(regex).orElseThrow().atoms();
    StringBuilder value = new StringBuilder();
    for (Atom atom : atoms) {
      int extra = atom.max() == SimplePattern.UNBOUNDED ? 4 : atom.max() - atom.min();
      for (int n = atom.min() + random.nextInt(extra + 1); n > 0; n--) {
        value.append(member(atom.chars(), random));
      }
    }
    String near = alphabet(atoms);
    for (int mutations = random.nextInt(4); mutations > 0; mutations--) {
      mutate(value, near, random);
    }
    return value.toString();
  }

  private static void mutate(StringBuilder value, String near, Random random) {
    int at = random.nextInt(value.length() + 1);
    char c = near.charAt(random.nextInt(near.length()));
    switch (random.nextInt(4)) {
      case 0 -> value.insert(at, c);
      case 1 -> value.append(c);
      case 2 -> {
        if (at < value.length()) {
          value.setCharAt(at, c);
        }
      }
      default -> {
        if (at < value.length()) {
          value.deleteCharAt(at);
        }
      }
    }
  }

  private static char member(CharRanges chars, Random random) {
    Range range = chars.ranges().get(random.nextInt(chars.ranges().size()));
    return (char) (range.first() + random.nextInt(range.last() - range.first() + 1));
  }

  /**
   * The edges of every class and their neighbours, line breaks and the halves of a surrogate pair.
   */
  private static String alphabet(List<Atom> atoms) {
    StringBuilder near = new StringBuilder("\n\r\u2028x\uD83D\uDE00");
    for (Atom atom : atoms) {
      for (Range range : atom.chars().ranges()) {
        near.append((char) (range.first() - 1)).append(range.first());
        near.append(range.last()).append((char) (range.last() + 1));
      }
    }
    return near.toString();
  }
}
