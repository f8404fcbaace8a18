package dev.eventgen.diagnostic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects every problem a stage finds, so the user sees all of them at once; {@link #gate()} then
 * throws a single {@link SpecException} if any of them is an error.
 */
public final class Diagnostics {

  private static final Comparator<Diagnostic> ORDER =
      Comparator.comparing((Diagnostic d) -> String.valueOf(d.location().file()))
          .thenComparingInt(d -> d.location().line())
          .thenComparingInt(d -> d.location().column())
          .thenComparing(Diagnostic::code)
          .thenComparing(Diagnostic::message);

  private final List<Diagnostic> items = new ArrayList<>();

  public void add(Diagnostic diagnostic) {
    if (!items.contains(diagnostic)) {
      items.add(diagnostic);
    }
  }

  public void error(String code, Location location, String message) {
    add(Diagnostic.error(code, location, message));
  }

  public void warning(String code, Location location, String message) {
    add(Diagnostic.warning(code, location, message));
  }

  public boolean hasErrors() {
    return items.stream().anyMatch(Diagnostic::isError);
  }

  /** All diagnostics, ordered by file and position so output is stable. */
  public List<Diagnostic> all() {
    return items.stream().sorted(ORDER).toList();
  }

  public List<Diagnostic> warnings() {
    return all().stream().filter(d -> !d.isError()).toList();
  }

  /** Throws once with every collected diagnostic if any is an error. */
  public void gate() {
    if (hasErrors()) {
      throw new SpecException(all());
    }
  }
}
