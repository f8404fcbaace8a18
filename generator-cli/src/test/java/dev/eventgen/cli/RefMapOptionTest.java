package dev.eventgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code --ref-map}: a spec whose payload is a remote $ref, read from local copies. */
class RefMapOptionTest {

  private static final String DIR = "../generator-core/src/test/resources/refmap/";
  private static final String SPEC = DIR + "api/asyncapi.yaml";
  private static final String SITE = "--ref-map=https://schemas.example.com/=" + DIR + "mirror";
  private static final String SHARED =
      "--ref-map=https://schemas.example.com/shared/=" + DIR + "shared-v2";

  @TempDir Path work;

  @RegisterExtension final CapturedStreams streams = new CapturedStreams();

  @Test
  void generateReadsTheMappedFilesRelativeToTheCurrentDirectory() throws Exception {
    Path output = work.resolve("out");
    int code =
        EventgenCommand.execute(
            "generate", SPEC, "-o", output.toString(), "-p", "com.acme", SITE, SHARED);
    assertEquals(0, code, streams.err());
    assertTrue(Files.isRegularFile(output.resolve("com/acme/model/Caller.java")));
    String call = Files.readString(output.resolve("com/acme/model/CallStarted.java"));
    assertTrue(call.contains("Caller caller"), call);
  }

  @Test
  void withoutTheMapTheRemoteRefIsRefusedWithTheHint() {
    assertEquals(1, EventgenCommand.execute("validate", SPEC));
    assertTrue(streams.err().contains("error[E009]"), streams.err());
    assertTrue(streams.err().contains("--ref-map <prefix>=<folder>"), streams.err());
  }

  @Test
  void validateAndDiffTakeTheMapToo() {
    assertEquals(0, EventgenCommand.execute("validate", SPEC, SITE, SHARED), streams.err());
    assertTrue(streams.out().contains(": ok: Calls 1.0.0"), streams.out());
    assertEquals(0, EventgenCommand.execute("diff", SPEC, SPEC, SITE, SHARED), streams.err());
  }

  @Test
  void aMissingMappedFileNamesTheUrlAndTheLocalPath() {
    assertEquals(
        1,
        EventgenCommand.execute(
            "validate", SPEC, "--ref-map=https://schemas.example.com/=nowhere"));
    assertTrue(
        streams.err().contains("error[E008]: $ref 'https://schemas.example.com/calls/call.yaml#"),
        streams.err());
    assertTrue(
        streams.err().contains("does not exist: " + Path.of("nowhere/calls/call.yaml")),
        streams.err());
  }

  @Test
  void aMalformedEntryIsAUsageError() {
    assertEquals(2, EventgenCommand.execute("validate", SPEC, "--ref-map", "schemas"));
    assertTrue(streams.err().contains("ref map 'schemas' is not <prefix>=<folder>"), streams.err());
  }
}
