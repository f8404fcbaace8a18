package dev.eventgen.emit.records;

import dev.eventgen.emit.records.CharRanges.Range;
import dev.eventgen.emit.records.SimplePattern.Atom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the atoms of a {@link SimplePattern}, or refuses the pattern. It refuses anything whose
 * meaning is not the same under ECMA-262 and {@code java.util.regex}: alternation, groups, {@code
 * .}, escapes other than {@code \d} and escaped punctuation, negated or nested classes, Java's
 * {@code &&}, lazy and possessive quantifiers, and surrogate chars.
 */
final class SimplePatternParser {

  /** Punctuation that may be escaped to stand for itself. */
  private static final String ESCAPABLE = "\\^$.|?*+()[]{}/-";

  /** Chars that are not a literal outside a class. */
  private static final String SPECIAL = "\\^$.|?*+()[]{}";

  private static final String QUANTIFIERS = "*+?{";

  /** Longest count accepted in {@code {n,m}}; keeps every count an {@code int}. */
  private static final int MAX_DIGITS = 9;

  private final String body;
  private int at;

  private SimplePatternParser(String body) {
    this.body = body;
  }

  /** The atoms of {@code ^body$}, or empty if the pattern is not of that simple shape. */
  static Optional<List<Atom>> parse(String regex) {
    if (regex.length() < 2 || regex.charAt(0) != '^' || !regex.endsWith("$")) {
      return Optional.empty();
    }
    try {
      return Optional.of(new SimplePatternParser(regex.substring(1, regex.length() - 1)).atoms());
    } catch (NotSimple e) {
      return Optional.empty();
    }
  }

  private List<Atom> atoms() throws NotSimple {
    List<Atom> atoms = new ArrayList<>();
    while (at < body.length()) {
      Atom atom = quantified(atom());
      if (atom.max() > 0) {
        atoms.add(atom);
      }
    }
    return atoms;
  }

  private CharRanges atom() throws NotSimple {
    char c = next();
    if (c == '[') {
      return charClass();
    }
    if (c == '\\') {
      return escape();
    }
    if (SPECIAL.indexOf(c) >= 0) {
      throw new NotSimple();
    }
    return literal(c);
  }

  private CharRanges charClass() throws NotSimple {
    if (peek() == '^' || peek() == ']') {
      throw new NotSimple();
    }
    CharRanges chars = new CharRanges(List.of());
    for (char c = next(); c != ']'; c = next()) {
      CharRanges item = classItem(c);
      if (peek() == '-' && peek(1) != ']') {
        next();
        item = range(item, classItem(next()));
      }
      chars = chars.union(item);
    }
    return chars;
  }

  private CharRanges classItem(char c) throws NotSimple {
    if (c == '\\') {
      return escape();
    }
    if (c == '[' || c == '&' && peek() == '&') {
      throw new NotSimple();
    }
    return literal(c);
  }

  private static CharRanges range(CharRanges from, CharRanges to) throws NotSimple {
    int first = from.single();
    int last = to.single();
    boolean spansSurrogates = first <= Character.MAX_SURROGATE && last >= Character.MIN_SURROGATE;
    if (first < 0 || last < first || spansSurrogates) {
      throw new NotSimple();
    }
    return new CharRanges(List.of(new Range((char) first, (char) last)));
  }

  private CharRanges escape() throws NotSimple {
    char c = next();
    if (c == 'd') {
      return CharRanges.DIGITS;
    }
    if (ESCAPABLE.indexOf(c) < 0) {
      throw new NotSimple();
    }
    return CharRanges.of(c);
  }

  private static CharRanges literal(char c) throws NotSimple {
    if (Character.isSurrogate(c)) {
      throw new NotSimple();
    }
    return CharRanges.of(c);
  }

  private Atom quantified(CharRanges chars) throws NotSimple {
    char quantifier = peek();
    if (QUANTIFIERS.indexOf(quantifier) < 0) {
      return new Atom(chars, 1, 1);
    }
    next();
    Atom atom =
        switch (quantifier) {
          case '*' -> new Atom(chars, 0, SimplePattern.UNBOUNDED);
          case '+' -> new Atom(chars, 1, SimplePattern.UNBOUNDED);
          case '?' -> new Atom(chars, 0, 1);
          default -> counted(chars);
        };
    // A second quantifier: lazy (+?), possessive (++) or stacked.
    if (QUANTIFIERS.indexOf(peek()) >= 0) {
      throw new NotSimple();
    }
    return atom;
  }

  /** {@code {n}}, {@code {n,}} or {@code {n,m}}, after the brace. */
  private Atom counted(CharRanges chars) throws NotSimple {
    int min = number();
    int max = min;
    if (peek() == ',') {
      next();
      max = peek() == '}' ? SimplePattern.UNBOUNDED : number();
    }
    if (next() != '}' || max < min) {
      throw new NotSimple();
    }
    return new Atom(chars, min, max);
  }

  private int number() throws NotSimple {
    int start = at;
    while (peek() >= '0' && peek() <= '9') {
      next();
    }
    if (at == start || at - start > MAX_DIGITS) {
      throw new NotSimple();
    }
    return Integer.parseInt(body, start, at, 10);
  }

  private char next() throws NotSimple {
    if (at >= body.length()) {
      throw new NotSimple();
    }
    return body.charAt(at++);
  }

  /** The char {@code ahead} places on, or {@code \0} past the end (never special). */
  private char peek(int ahead) {
    return at + ahead < body.length() ? body.charAt(at + ahead) : '\0';
  }

  private char peek() {
    return peek(0);
  }

  /** The pattern is outside the simple subset; a stack trace would be wasted. */
  private static final class NotSimple extends Exception {

    private static final long serialVersionUID = 1L;

    NotSimple() {
      super(null, null, false, false);
    }
  }
}
