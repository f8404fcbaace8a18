package dev.eventgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands on real files: the CVP spec, and a spec with a typo. */
class CommandsOnSpecsTest {

  private static final String CVP = "../spec/cvp-call-events.yaml";
  private static final String TYPO = "src/test/resources/typo-key.yaml";

  @TempDir Path work;

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
  void generateWritesTheCvpCodeAndSaysWhere() {
    Path output = work.resolve("cvp");
    int code =
        EventgenCommand.execute(
            "generate", CVP, "-o", output.toString(), "-p", "com.acme.cvp", "--api-name", "Cvp");
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    String said = out.toString(StandardCharsets.UTF_8);
    assertTrue(said.startsWith("eventgen: "), said);
    assertTrue(said.contains("(records, jms, syslog) written to " + output), said);
    assertTrue(Files.isRegularFile(output.resolve("com/acme/cvp/CvpEventListener.java")));
    assertTrue(Files.isRegularFile(output.resolve("com/acme/cvp/model/CallStartedEvent.java")));
  }

  @Test
  void targetsChooseWhatIsGenerated() {
    Path output = work.resolve("records");
    int code =
        EventgenCommand.execute(
            "generate", CVP, "-o", output.toString(), "-p", "com.acme.cvp", "--targets=records");
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    assertTrue(Files.isDirectory(output.resolve("com/acme/cvp/model")));
    assertFalse(Files.exists(output.resolve("com/acme/cvp/jms")));
  }

  @Test
  void validateSummarisesAGoodSpec() {
    assertEquals(0, EventgenCommand.execute("validate", CVP), err.toString());
    assertEquals(
        CVP
            + ": ok: Cisco Voice Portal Call Events API 12.6.0 (AsyncAPI 3.0.0): 2 servers,"
            + " 10 channels, 10 operations, 10 messages, ",
        out.toString(StandardCharsets.UTF_8).replaceAll("\\d+ types\\R", ""));
  }

  @Test
  void specProblemsPrintLikeJavacAndExitOne() {
    Path output = work.resolve("never");
    int code = EventgenCommand.execute("generate", TYPO, "-o", output.toString(), "-p", "a.b");
    assertEquals(1, code);
    assertEquals(
        TYPO
            + ":19:7: error[E003]: unknown key 'paylod' in message 'CallStarted'"
            + " (did you mean 'payload'?)\n1 error\n",
        err.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
    assertFalse(err.toString(StandardCharsets.UTF_8).contains("\tat "), "no stack trace");
    assertFalse(Files.exists(output), "nothing written");
  }

  @Test
  void verboseAddsTheStackTrace() {
    assertEquals(1, EventgenCommand.execute("validate", TYPO, "--verbose"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("\tat "), err.toString());
  }

  @Test
  void aMissingSpecFileIsReportedWithItsName() {
    assertEquals(1, EventgenCommand.execute("validate", "no-such.yaml"));
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("no-such.yaml"), err.toString());
  }
}
