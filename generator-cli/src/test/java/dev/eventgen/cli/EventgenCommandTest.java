package dev.eventgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EventgenCommandTest {

  @RegisterExtension final CapturedStreams streams = new CapturedStreams();

  @Test
  void helpListsTheCommandsAndExitsZero() {
    assertEquals(0, EventgenCommand.execute("--help"));
    String help = streams.out();
    assertTrue(help.contains("generate"), help);
    assertTrue(help.contains("validate"), help);
  }

  @Test
  void versionNamesTheGenerator() {
    assertEquals(0, EventgenCommand.execute("--version"));
    assertTrue(streams.out().startsWith("eventgen 0."), streams.out());
  }

  @Test
  void missingRequiredOptionIsAUsageError() {
    assertEquals(2, EventgenCommand.execute("generate", "spec.yaml"));
    assertTrue(streams.err().contains("Missing required options"), streams.err());
  }

  @Test
  void unknownTargetIsAUsageError() {
    int code =
        EventgenCommand.execute(
            "generate", "spec.yaml", "-o", "out", "-p", "com.acme", "--targets", "records,kafka");
    assertEquals(2, code);
    assertTrue(streams.err().contains("unknown target 'kafka'"), streams.err());
  }

  @Test
  void invalidPackageIsAUsageError() {
    assertEquals(
        2, EventgenCommand.execute("generate", "spec.yaml", "-o", "out", "-p", "com.1acme"));
    assertTrue(streams.err().contains("is not a Java package"), streams.err());
  }
}
