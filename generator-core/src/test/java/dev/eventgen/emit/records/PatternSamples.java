package dev.eventgen.emit.records;

import dev.eventgen.emit.records.CharRanges.Range;
import java.util.Optional;
import java.util.Random;

/** Random strings that match a simple pattern, for tests that need valid field values. */
public final class PatternSamples {

  private PatternSamples() {}

  /** A random match of {@code regex}, or empty if it is not a simple pattern. */
  public static Optional<String> sample(String regex, Random random) {
    return SimplePattern.parse(regex).map(pattern -> sample(pattern, random));
  }

  private static String sample(SimplePattern pattern, Random random) {
    StringBuilder text = new StringBuilder();
    for (SimplePattern.Atom atom : pattern.atoms()) {
      int spread = Math.min(atom.max(), atom.min() + 3) - atom.min();
      for (int n = atom.min() + random.nextInt(spread + 1); n > 0; n--) {
        Range range = atom.chars().ranges().get(random.nextInt(atom.chars().ranges().size()));
        text.append((char) (range.first() + random.nextInt(range.last() - range.first() + 1)));
      }
    }
    return text.toString();
  }
}
