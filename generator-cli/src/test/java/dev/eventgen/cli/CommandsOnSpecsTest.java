package dev.eventgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The commands on real files: the CVP spec, and a spec with a typo. */
class CommandsOnSpecsTest {

  private static final String CVP = "../spec/cvp-call-events.yaml";
  private static final String TYPO = "src/test/resources/typo-key.yaml";

  @TempDir Path work;

  @RegisterExtension final CapturedStreams streams = new CapturedStreams();

  @Test
  void generateWritesTheCvpCodeAndSaysWhere() {
    Path output = work.resolve("cvp");
    int code =
        EventgenCommand.execute(
            "generate", CVP, "-o", output.toString(), "-p", "com.acme.cvp", "--api-name", "Cvp");
    assertEquals(0, code, streams.err());
    String said = streams.out();
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
    assertEquals(0, code, streams.err());
    assertTrue(Files.isDirectory(output.resolve("com/acme/cvp/model")));
    assertFalse(Files.exists(output.resolve("com/acme/cvp/jms")));
  }

  @Test
  void validateSummarisesAGoodSpec() {
    assertEquals(0, EventgenCommand.execute("validate", CVP), streams.err());
    assertEquals(
        CVP
            + ": ok: Cisco Voice Portal Call Events API 12.6.0 (AsyncAPI 3.0.0): 2 servers,"
            + " 10 channels, 10 operations, 10 messages, ",
        streams.out().replaceAll("\\d+ types\\R", ""));
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
        streams.err().replace(System.lineSeparator(), "\n"));
    assertFalse(streams.err().contains("\tat "), "no stack trace");
    assertFalse(Files.exists(output), "nothing written");
  }

  @Test
  void verboseAddsTheStackTrace() {
    assertEquals(1, EventgenCommand.execute("validate", TYPO, "--verbose"));
    assertTrue(streams.err().contains("\tat "), streams.err());
  }

  @Test
  void aMissingSpecFileIsReportedWithItsName() {
    assertEquals(1, EventgenCommand.execute("validate", "no-such.yaml"));
    assertTrue(streams.err().startsWith("no-such.yaml"), streams.err());
  }
}
