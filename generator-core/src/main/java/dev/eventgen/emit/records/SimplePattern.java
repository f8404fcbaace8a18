package dev.eventgen.emit.records;

import java.util.List;
import java.util.Optional;

/**
 * A {@code pattern} facet simple enough to check with plain Java instead of {@code
 * java.util.regex}: anchored with {@code ^} and {@code $}, its body a sequence of atoms (a literal
 * char, a class of chars or ranges, or {@code \d}), each optionally quantified ({@code {n}}, {@code
 * {n,m}}, {@code {n,}}, {@code +}, {@code *}, {@code ?}).
 *
 * <p>Such a pattern is only accepted when matching it greedily, without ever backtracking, is
 * exact: every atom whose count can vary accepts no char that could come right after its run. So
 * {@code ^[0-9]+-[0-9]+$} is simple, while {@code ^[0-9]+[0-9A-F]$} is not (the last digit could
 * belong to either atom) and keeps {@code java.util.regex}.
 *
 * @param atoms the body, in order; atoms that can only match nothing ({@code x{0}}) are left out
 */
record SimplePattern(List<Atom> atoms) {

  /** The {@link Atom#max} of an atom without an upper bound. */
  static final int UNBOUNDED = Integer.MAX_VALUE;

  private static final CharRanges NONE = new CharRanges(List.of());

  /** One char of {@code chars}, repeated {@code min} to {@code max} times. */
  record Atom(CharRanges chars, int min, int max) {

    boolean varies() {
      return min != max;
    }
  }

  SimplePattern {
    atoms = List.copyOf(atoms);
  }

  /** The pattern, if {@code regex} is in the simple subset; otherwise empty. */
  static Optional<SimplePattern> parse(String regex) {
    return SimplePatternParser.parse(regex).map(SimplePattern::new).filter(SimplePattern::isGreedy);
  }

  /** True when no atom whose count varies shares a char with what may follow its run. */
  private boolean isGreedy() {
    for (int i = 0; i < atoms.size(); i++) {
      Atom atom = atoms.get(i);
      if (atom.varies() && atom.chars().intersects(followers(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The chars that may come right after atom {@code i}: those of the atoms after it, up to and
   * including the first that must occur at least once.
   */
  private CharRanges followers(int i) {
    CharRanges next = NONE;
    for (Atom after : atoms.subList(i + 1, atoms.size())) {
      next = next.union(after.chars());
      if (after.min() > 0) {
        break;
      }
    }
    return next;
  }
}
