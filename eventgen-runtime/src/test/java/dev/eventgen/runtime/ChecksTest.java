package dev.eventgen.runtime;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ChecksTest {

  private static final String LABEL = "CallStartedEvent.field";

  private static void fails(String message, Executable check) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, check);
    assertEquals(message, e.getMessage());
  }

  @Test
  void requiredNamesTheComponent() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> Checks.required(null, LABEL));
    assertEquals(LABEL + " is required", e.getMessage());
    assertDoesNotThrow(() -> Checks.required("", LABEL));
  }

  @Test
  void everyOtherCheckPassesAnAbsentValue() {
    assertDoesNotThrow(
        () -> {
          Checks.constant((String) null, "x", LABEL);
          Checks.constant((Integer) null, 1, LABEL);
          Checks.minLength(null, 1, LABEL);
          Checks.maxLength(null, 1, LABEL);
          Checks.pattern(null, Pattern.compile("x"), LABEL);
          Checks.pattern(null, s -> false, "x", LABEL);
          Checks.minItems(null, 1, LABEL);
          Checks.maxItems(null, 0, LABEL);
          Checks.minimum((Integer) null, 1, LABEL);
          Checks.minimum((Double) null, 1.0, LABEL);
          Checks.minimum((BigDecimal) null, "1", LABEL);
          Checks.exclusiveMinimum((Long) null, 1, LABEL);
          Checks.maximum((Integer) null, 1, LABEL);
          Checks.exclusiveMaximum((Double) null, 1.0, LABEL);
        });
  }

  @Test
  void aStringConstantQuotesBothValues() {
    assertDoesNotThrow(() -> Checks.constant("call.started", "call.started", LABEL));
    fails(
        LABEL + " must be \"call.started\" but was \"call.ended\"",
        () -> Checks.constant("call.ended", "call.started", LABEL));
  }

  @Test
  void otherConstantsCompareByEqualsAndDecimalsByValue() {
    assertDoesNotThrow(() -> Checks.constant(5, 5, LABEL));
    assertDoesNotThrow(() -> Checks.constant(true, Boolean.TRUE, LABEL));
    assertDoesNotThrow(() -> Checks.constant(new BigDecimal("1.0"), new BigDecimal("1.00"), LABEL));
    fails(LABEL + " must be 5 but was 6", () -> Checks.constant(6, 5, LABEL));
    fails(
        LABEL + " must be 1.5 but was 1.25",
        () -> Checks.constant(new BigDecimal("1.25"), new BigDecimal("1.5"), LABEL));
  }

  @Test
  void lengthsCountCodePoints() {
    String twoEmoji = "\uD83D\uDE00\uD83D\uDE00"; // four chars, two code points
    assertDoesNotThrow(() -> Checks.maxLength(twoEmoji, 2, LABEL));
    assertDoesNotThrow(() -> Checks.minLength(twoEmoji, 2, LABEL));
    fails(
        LABEL + " must be at most 1 characters long but was 2",
        () -> Checks.maxLength(twoEmoji, 1, LABEL));
    fails(
        LABEL + " must be at least 3 characters long but was 2",
        () -> Checks.minLength(twoEmoji, 3, LABEL));
  }

  @Test
  void aRegexNeedsAMatchSomewhere() {
    Pattern digits = Pattern.compile("[0-9]+");
    assertDoesNotThrow(() -> Checks.pattern("ab12", digits, LABEL));
    fails(LABEL + " must match [0-9]+ but was \"ab\"", () -> Checks.pattern("ab", digits, LABEL));
  }

  @Test
  void aPlainJavaPatternNamesTheRegex() {
    assertDoesNotThrow(() -> Checks.pattern("AB", s -> s.length() == 2, "^[A-Z]{2}$", LABEL));
    fails(
        LABEL + " must match ^[A-Z]{2}$ but was \"ABC\"",
        () -> Checks.pattern("ABC", s -> s.length() == 2, "^[A-Z]{2}$", LABEL));
  }

  @Test
  void itemCounts() {
    assertDoesNotThrow(() -> Checks.minItems(List.of(1), 1, LABEL));
    assertDoesNotThrow(() -> Checks.maxItems(List.of(1), 1, LABEL));
    fails(
        LABEL + " must have at least 1 elements but has 0",
        () -> Checks.minItems(List.of(), 1, LABEL));
    fails(
        LABEL + " must have at most 1 elements but has 2",
        () -> Checks.maxItems(List.of(1, 2), 1, LABEL));
  }

  @Test
  void integerRanges() {
    assertDoesNotThrow(() -> Checks.minimum(-720, -720, LABEL));
    assertDoesNotThrow(() -> Checks.maximum(840L, 840, LABEL));
    fails(LABEL + " must be >= -720 but was -721", () -> Checks.minimum(-721, -720, LABEL));
    fails(LABEL + " must be > 0 but was 0", () -> Checks.exclusiveMinimum(0, 0, LABEL));
    fails(LABEL + " must be <= 840 but was 841", () -> Checks.maximum(841L, 840, LABEL));
    fails(LABEL + " must be < 10 but was 10", () -> Checks.exclusiveMaximum(10, 10, LABEL));
  }

  @Test
  void doubleRangesPrintTheLimitAsTheSpecWritesIt() {
    assertDoesNotThrow(() -> Checks.minimum(0.5, 0.5, LABEL));
    fails(LABEL + " must be >= 10 but was 9.5", () -> Checks.minimum(9.5, 10.0, LABEL));
    fails(LABEL + " must be > 0.5 but was 0.5", () -> Checks.exclusiveMinimum(0.5, 0.5, LABEL));
    fails(LABEL + " must be <= 0.00001 but was 1.0", () -> Checks.maximum(1.0, 1e-5, LABEL));
    fails(LABEL + " must be < 1 but was 1.0", () -> Checks.exclusiveMaximum(1.0, 1.0, LABEL));
  }

  @Test
  void decimalRangesCompareExactly() {
    assertDoesNotThrow(() -> Checks.minimum(new BigDecimal("0.50"), "0.5", LABEL));
    assertDoesNotThrow(() -> Checks.maximum(new BigInteger("99999999999999999999"), "1E20", LABEL));
    fails(
        LABEL + " must be >= 0.5 but was 0.49",
        () -> Checks.minimum(new BigDecimal("0.49"), "0.5", LABEL));
    fails(
        LABEL + " must be > 10 but was 10",
        () -> Checks.exclusiveMinimum(BigInteger.TEN, "10", LABEL));
    fails(LABEL + " must be <= 0.5 but was 1", () -> Checks.maximum(1, "0.5", LABEL));
    fails(LABEL + " must be < 2.5 but was 2.5", () -> Checks.exclusiveMaximum(2.5, "2.5", LABEL));
  }

  enum Level {
    LOW("low"),
    HIGH("high");

    final String wire;

    Level(String wire) {
      this.wire = wire;
    }
  }

  @Test
  void oneOfFindsTheConstantByWireValueAndNamesTheExpectedOnes() {
    assertEquals(Level.HIGH, Checks.oneOf(Level.values(), l -> l.wire, "high", "Level"));
    fails(
        "unknown Level value 'HIGH' (expected one of: low, high)",
        () -> Checks.oneOf(Level.values(), l -> l.wire, "HIGH", "Level"));
    fails(
        "unknown Level value 'null' (expected one of: low, high)",
        () -> Checks.oneOf(Level.values(), l -> l.wire, null, "Level"));
  }
}
