package dev.eventgen.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventgen.diagnostic.Location;
import dev.eventgen.diff.Change.Compatibility;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiffReportTest {

  private static final Location OLD = new Location(Path.of("v1.yaml"), 40, 9, "");
  private static final Location NEW = new Location(Path.of("v2.yaml"), 41, 9, "");

  @Test
  void listsBreakingChangesFirstWithBothPositionsThenCounts() {
    List<Change> changes =
        List.of(
            new Change(
                Compatibility.COMPATIBLE, "type 'Call'", "field 'dnis' added (optional)", OLD, NEW),
            new Change(Compatibility.BREAKING, "type 'Call'", "field 'ani' removed", OLD, NEW));
    assertEquals(
        """
        v2.yaml:41:9: breaking: type 'Call': field 'ani' removed [was v1.yaml:40:9]
        v2.yaml:41:9: compatible: type 'Call': field 'dnis' added (optional) [was v1.yaml:40:9]
        2 changes: 1 breaking, 1 compatible
        """,
        DiffReport.render(changes));
  }

  @Test
  void saysSoWhenNothingChanged() {
    assertEquals("no changes\n", DiffReport.render(List.of()));
  }
}
