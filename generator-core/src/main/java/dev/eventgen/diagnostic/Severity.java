package dev.eventgen.diagnostic;

/** How bad a diagnostic is: errors stop generation, warnings are only reported. */
public enum Severity {
  ERROR,
  WARNING;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
