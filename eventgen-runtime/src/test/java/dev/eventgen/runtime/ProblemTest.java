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
            "INVALID_VALUE",
            "UNKNOWN_ENUM_VALUE",
            "UNKNOWN_MESSAGE",
            "TOO_LARGE",
            "TRANSPORT",
            "MISSING_HEADER"),
        Arrays.stream(Problem.Kind.values()).map(Enum::name).toList());
  }

  @Test
  void namesKindFieldAndOffset() {
    Problem problem = new Problem(Problem.Kind.INVALID_VALUE, "not a number", "source.port", 42);
    assertEquals("INVALID_VALUE at source.port (byte 42): not a number", problem.toString());
    assertEquals("source.port", problem.field());
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
