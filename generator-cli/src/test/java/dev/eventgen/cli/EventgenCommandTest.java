package dev.eventgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EventgenCommandTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream savedOut;
  private PrintStream savedErr;

  @BeforeEach
  void capture() {
    savedOut = System.out;
    savedErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(savedOut);
    System.setErr(savedErr);
  }

  @Test
  void helpListsTheCommandsAndExitsZero() {
    assertEquals(0, EventgenCommand.execute("--help"));
    String help = out.toString(StandardCharsets.UTF_8);
    assertTrue(help.contains("generate"), help);
    assertTrue(help.contains("validate"), help);
  }

  @Test
  void versionNamesTheGenerator() {
    assertEquals(0, EventgenCommand.execute("--version"));
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("eventgen 0."), out.toString());
  }

  @Test
  void missingRequiredOptionIsAUsageError() {
    assertEquals(2, EventgenCommand.execute("generate", "spec.yaml"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("Missing required options"), err.toString());
  }

  @Test
  void unknownTargetIsAUsageError() {
    int code =
        EventgenCommand.execute(
            "generate", "spec.yaml", "-o", "out", "-p", "com.acme", "--targets", "records,kafka");
    assertEquals(2, code);
    assertTrue(
        err.toString(StandardCharsets.UTF_8).contains("unknown target 'kafka'"), err.toString());
  }

  @Test
  void invalidPackageIsAUsageError() {
    assertEquals(2, EventgenCommand.execute("generate", "spec.yaml", "-o", "out", "-p", "com.1acme"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("is not a Java package"), err.toString());
  }
}
