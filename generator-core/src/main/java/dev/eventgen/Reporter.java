package dev.eventgen;

import dev.eventgen.diagnostic.Diagnostic;

/** Where a run says what it is doing: the CLI prints, the Mojo logs, tests collect. */
public interface Reporter {

  /** Progress and summaries, one line each. */
  void info(String message);

  /** A warning found in the spec (errors arrive as a {@code SpecException} instead). */
  void warning(Diagnostic diagnostic);

  /** A reporter that drops everything. */
  Reporter SILENT =
      new Reporter() {
        @Override
        public void info(String message) {}

        @Override
        public void warning(Diagnostic diagnostic) {}
      };
}
