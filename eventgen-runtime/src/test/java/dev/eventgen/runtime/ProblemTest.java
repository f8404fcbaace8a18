package dev.eventgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTest {

  @Test
  void kindsAreTheDocumentedOnesInOrder() {
    assertEquals(
        List.of(
            "SYNTAX",
            "MISSING_FIELD",
            "WRONG_TYPE",
            "INVALID_FORMAT",
            "UNKNOWN_ENUM_VALUE",
            "CONST_MISMATCH",
            "OUT_OF_RANGE",
            "NOT_MULTIPLE_OF",
            "LENGTH",
            "PATTERN_MISMATCH",
            "ITEM_COUNT",
            "DUPLICATE_ITEMS",
            "PROPERTY_COUNT",
            "UNEXPECTED_PROPERTY",
            "FORBIDDEN_VALUE",
            "NO_MATCHING_VARIANT",
            "UNKNOWN_MESSAGE",
            "TOO_LARGE",
            "TRANSPORT",
            "MISSING_HEADER"),
        Arrays.stream(Problem.Kind.values()).map(Enum::name).toList());
  }

  @Test
  void namesKindFieldAndOffset() {
    Problem problem = new Problem(Problem.Kind.WRONG_TYPE, "not a number", "/source/port", 42);
    assertEquals("WRONG_TYPE at /source/port (byte 42): not a number", problem.toString());
    assertEquals("/source/port", problem.field());
    assertEquals(42, problem.offset());
  }

  @Test
  void aProblemOfTheWholeMessageHasNoFieldAndNoOffset() {
    Problem whole = Problem.of(Problem.Kind.TOO_LARGE, "2 MiB > 1 MiB");
    assertEquals("TOO_LARGE: 2 MiB > 1 MiB", whole.toString());
    assertNull(whole.field());
    assertEquals(-1, whole.offset());
  }

  @Test
  void kindAndMessageAreRequired() {
    assertThrows(NullPointerException.class, () -> new Problem(null, "x", null, -1));
    assertThrows(
        NullPointerException.class, () -> new Problem(Problem.Kind.SYNTAX, null, null, -1));
  }
}
