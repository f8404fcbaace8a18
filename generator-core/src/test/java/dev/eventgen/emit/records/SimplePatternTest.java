package dev.eventgen.emit.records;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eventgen.emit.records.CharRanges.Range;
import dev.eventgen.emit.records.SimplePattern.Atom;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which patterns are in the simple subset, and what they are read as. */
class SimplePatternTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "^[0-9A-F]{32}$",
        "^[0-9]{1,10}-[0-9]{1,10}-[0-9]{1,10}-[0-9]{1,10}$",
        "^[0-9]+-[0-9]+-[0-9]+$",
        "^$",
        "^amq\\.gen\\-[a-z0-9_]+$",
        "^\\d{2,}x?$",
        "^[-a]+:[a-]*$",
        "^[\\]\\\\\\-]{1,2}\\.$",
        "^a*b?c$", // a* stops before b or c, both disjoint from it
        "^a*b?$",
        "^x{0}x+$", // x{0} matches nothing, so x+ follows the start
        "^a{2}a*$", // a fixed count is never a choice
        "^[a-z]+\\/[A-Z ]+$",
        "^caf\u00e9[\u00e0-\u00ff]?$"
      })
  void acceptsAnchoredSequencesWhereGreedyIsExact(String regex) {
    assertTrue(SimplePattern.parse(regex).isPresent(), regex);
    assertDoesNotThrow(() -> Pattern.compile(regex), "every simple pattern is valid Java");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[0-9]+", // not anchored: JSON Schema patterns match anywhere
        "^[0-9]+",
        "[0-9]+$",
        "^a\\$", // the last $ is a literal
        "^a|b$",
        "^(ab)+$",
        "^.+$",
        "^amq\\.gen\\-.+$",
        "^[^a]+$",
        "^\\w+$",
        "^\\s$",
        "^a\\b$",
        "^\\u0041$",
        "^[0-9]+[0-9A-F]$", // the last digit could belong to either atom
        "^a*a$",
        "^a?b?a$", // b? may match nothing, so a? is followed by a
        "^[a-z]{1,3}[x-z]$",
        "^[0-9]+?$",
        "^a++$",
        "^a{2}{3}$",
        "^a{3,2}$",
        "^a{,2}$",
        "^a{1234567890}$",
        "^{2}$",
        "^[a&&b]$",
        "^[[a]]$",
        "^[]$",
        "^[z-a]$",
        "^[a-\\d]$",
        "^[\\d-z]$",
        "^[a-z$",
        "^a]$",
        "^a}$",
        "^^a$",
        "^a$$",
        "^\uD83D\uDE00$", // a surrogate pair: one code point to Java, two chars to ECMA-262
        "^[\uD800-\uDBFF]$"
      })
  void refusesEverythingElse(String regex) {
    assertEquals(java.util.Optional.empty(), SimplePattern.parse(regex), regex);
  }

  @Test
  void readsAtomsWithTheirCounts() {
    SimplePattern pattern = SimplePattern.parse("^[0-9]{1,10}-x+\\d?y{3}$").orElseThrow();

    assertEquals(
        List.of(
            new Atom(CharRanges.DIGITS, 1, 10),
            new Atom(CharRanges.of('-'), 1, 1),
            new Atom(CharRanges.of('x'), 1, SimplePattern.UNBOUNDED),
            new Atom(CharRanges.DIGITS, 0, 1),
            new Atom(CharRanges.of('y'), 3, 3)),
        pattern.atoms());
  }

  @Test
  void mergesOverlappingAndAdjacentRangesOfAClass() {
    SimplePattern pattern = SimplePattern.parse("^[a-cb-ef-gx\\d]$").orElseThrow();

    CharRanges chars = pattern.atoms().get(0).chars();
    assertEquals(
        List.of(new Range('0', '9'), new Range('a', 'g'), new Range('x', 'x')), chars.ranges());
  }
}
