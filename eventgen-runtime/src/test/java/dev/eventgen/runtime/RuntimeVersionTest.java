package dev.eventgen.runtime;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RuntimeVersionTest {

  @Test
  void theVersionIsTheProjectVersion() {
    assertTrue(RuntimeVersion.VERSION.matches("\\d+\\.\\d+\\.\\d+.*"), RuntimeVersion.VERSION);
  }

  @Test
  void theSameVersionPasses() {
    assertDoesNotThrow(() -> RuntimeVersion.require(RuntimeVersion.VERSION, "Cvp"));
  }

  @Test
  void aMismatchSaysWhatToChange() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> RuntimeVersion.require("0.0.1", "Cvp"));
    assertEquals(
        "the code generated for Cvp needs dev.eventgen:eventgen-runtime:0.0.1 but the class path"
            + " has "
            + RuntimeVersion.VERSION
            + ": depend on eventgen-runtime 0.0.1, or regenerate with eventgen "
            + RuntimeVersion.VERSION,
        e.getMessage());
  }
}
