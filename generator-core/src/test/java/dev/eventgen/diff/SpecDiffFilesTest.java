package dev.eventgen.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eventgen.Reporter;
import dev.eventgen.diagnostic.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The diff on real files: the CVP spec against edited copies of itself. */
class SpecDiffFilesTest {

  private static final String MATCHED_PATTERN =
      "            matchedPattern:\n              type: string\n";
  private static final String TRUNK_GROUP =
      "            trunkGroupId:\n              type: integer\n";

  @TempDir Path dir;
  private Path cvp;
  private String text;

  @BeforeEach
  void copyTheCvpSpec() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/eventgen/spec/cvp-call-events.yaml")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    cvp = Files.writeString(dir.resolve("cvp-12.6.0.yaml"), text);
  }

  @Test
  void theSpecAgainstItselfHasNoChanges() {
    assertEquals(List.of(), SpecDiff.compare(cvp, cvp, Reporter.SILENT));
  }

  @Test
  void aRemovedFieldIsBreakingAndPointsAtItInTheOldFile() throws IOException {
    Path next = write("cvp-13.0.0.yaml", text.replace(MATCHED_PATTERN, ""));
    List<Change> changes = SpecDiff.compare(cvp, next, Reporter.SILENT);

    assertEquals(1, changes.size(), changes.toString());
    Change removed = changes.get(0);
    assertTrue(removed.isBreaking());
    assertEquals("type 'CallStartedEvent': field 'matchedPattern' removed", removed.text());
    assertEquals(new Position(cvp, lineOf(text, "matchedPattern:")), Position.of(removed.before()));
    assertEquals(next, removed.after().file());
  }

  @Test
  void aVersionBumpWithAnOptionalFieldIsCompatibleAndPointsAtTheNewField() throws IOException {
    String bumped =
        text.replace("  version: 12.6.0\n", "  version: 12.6.1\n")
            .replace(
                TRUNK_GROUP,
                TRUNK_GROUP + "            sipTrunkName:\n              type: string\n");
    Path next = write("cvp-12.6.1.yaml", bumped);
    List<Change> changes = SpecDiff.compare(cvp, next, Reporter.SILENT);

    assertEquals(
        List.of(
            "info: version changed from 12.6.0 to 12.6.1",
            "type 'CallStartedEvent': field 'sipTrunkName' added (optional)"),
        changes.stream().map(Change::text).toList());
    assertTrue(changes.stream().noneMatch(Change::isBreaking));
    assertEquals(
        new Position(next, lineOf(bumped, "sipTrunkName:")), Position.of(changes.get(1).after()));
  }

  @Test
  void aRenamedJmsDestinationIsBreaking() throws IOException {
    Path next =
        write(
            "renamed.yaml",
            text.replace("destination: cvp.calls.ended", "destination: cvp.calls.done"));
    List<Change> changes = SpecDiff.compare(cvp, next, Reporter.SILENT);

    assertEquals(
        List.of(
            "channel 'callEnded' JMS destination: renamed from 'cvp.calls.ended' to 'cvp.calls.done'"),
        changes.stream().map(Change::text).toList());
    assertEquals(lineOf(text, "destination: cvp.calls.ended"), changes.get(0).before().line());
  }

  private Path write(String name, String content) throws IOException {
    assertTrue(!content.equals(text), "the edit must change the spec");
    return Files.writeString(dir.resolve(name), content);
  }

  private static int lineOf(String content, String needle) {
    int index = content.indexOf(needle);
    assertTrue(index >= 0, needle);
    return (int) content.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
  }

  private record Position(Path file, int line) {
    static Position of(Location location) {
      return new Position(location.file(), location.line());
    }
  }
}
