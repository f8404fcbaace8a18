package dev.eventgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DiffCommandTest {

  private static final String SPEC =
      """
      asyncapi: 3.0.0
      info:
        title: Call Events
        version: 1.0.0
      channels:
        callStarted:
          address: calls/started
          messages:
            CallStarted:
              $ref: '#/components/messages/CallStarted'
      operations:
        onCallStarted:
          action: receive
          channel:
            $ref: '#/channels/callStarted'
          messages:
            - $ref: '#/channels/callStarted/messages/CallStarted'
      components:
        messages:
          CallStarted:
            name: CallStarted
            payload:
              $ref: '#/components/schemas/CallStartedPayload'
        schemas:
          CallStartedPayload:
            type: object
            required: [callGuid]
            properties:
              callGuid:
                type: string
              ani:
                type: string
      """;

  @TempDir Path dir;
  private Path v1;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void writeTheFirstVersion() throws IOException {
    v1 = Files.writeString(dir.resolve("v1.yaml"), SPEC);
  }

  @Test
  void sameSpecHasNoChangesAndExitsZero() {
    assertEquals(0, run("diff", v1.toString(), v1.toString()));
    assertEquals("no changes\n", out.toString());
  }

  @Test
  void compatibleChangesArePrintedWithTheirPositionsAndExitZero() throws IOException {
    Path v2 =
        write(
            "v2.yaml",
            SPEC.replace(
                "        ani:\n", "        dnis:\n          type: string\n        ani:\n"));
    assertEquals(0, run("diff", v1.toString(), v2.toString()));
    assertTrue(
        out.toString()
            .contains(
                v2
                    + ":31:9: compatible: type 'CallStarted': field 'dnis' added (optional) [was "
                    + v1),
        out.toString());
    assertTrue(out.toString().endsWith("1 change: 0 breaking, 1 compatible\n"), out.toString());
  }

  @Test
  void breakingChangesExitOneUnlessAllowed() throws IOException {
    Path v2 = write("v2.yaml", SPEC.replace("        ani:\n          type: string\n", ""));
    assertEquals(1, run("diff", v1.toString(), v2.toString()));
    assertTrue(
        out.toString()
            .contains("breaking: type 'CallStarted': field 'ani' removed [was " + v1 + ":31:9]"),
        out.toString());
    assertTrue(err.toString().contains("use --allow-breaking"), err.toString());

    assertEquals(0, run("diff", "--allow-breaking", v1.toString(), v2.toString()));
  }

  @Test
  void aBrokenSpecIsReportedLikeGenerateDoes() throws IOException {
    Path broken = write("broken.yaml", SPEC.replace("CallStartedPayload'", "Missing'"));
    assertEquals(1, run("diff", v1.toString(), broken.toString()));
    assertTrue(err.toString().contains(broken + ":"), err.toString());
    assertTrue(err.toString().contains("error["), err.toString());
  }

  @Test
  void twoSpecsAreNeeded() {
    assertEquals(2, run("diff", v1.toString()));
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  private int run(String... args) {
    CommandLine cli = new CommandLine(new EventgenCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }
}
