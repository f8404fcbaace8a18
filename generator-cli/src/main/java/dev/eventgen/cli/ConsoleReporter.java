package dev.eventgen.cli;

import dev.eventgen.Reporter;
import dev.eventgen.diagnostic.Diagnostic;
import java.io.PrintWriter;

/** Prints progress to standard output and spec problems to standard error, javac style. */
final class ConsoleReporter implements Reporter {

  private final PrintWriter out;
  private final PrintWriter err;

  ConsoleReporter(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public void info(String message) {
    out.println(message);
    out.flush();
  }

  @Override
  public void warning(Diagnostic diagnostic) {
    err.println(diagnostic.render());
    err.flush();
  }

  void error(Diagnostic diagnostic) {
    err.println(diagnostic.render());
  }
}
