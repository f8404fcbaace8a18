package dev.eventgen.diff;

import dev.eventgen.diff.Change.Compatibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Collects the changes of one comparison, located in both versions. */
final class ChangeLog {

  private final Locator before;
  private final Locator after;
  private final List<Change> changes = new ArrayList<>();

  ChangeLog(Locator before, Locator after) {
    this.before = before;
    this.after = after;
  }

  void breaking(Site site, String detail) {
    add(Compatibility.BREAKING, site, detail);
  }

  void compatible(Site site, String detail) {
    add(Compatibility.COMPATIBLE, site, detail);
  }

  /** Records a compatible change if a descriptive text (title, description...) changed. */
  void text(Site site, String what, String old, String now) {
    if (!Objects.equals(old, now)) {
      compatible(site, what + " changed");
    }
  }

  List<Change> changes() {
    return List.copyOf(changes);
  }

  private void add(Compatibility compatibility, Site site, String detail) {
    changes.add(
        new Change(
            compatibility,
            site.subject(),
            detail,
            before.locate(site.before()),
            after.locate(site.after())));
  }
}
