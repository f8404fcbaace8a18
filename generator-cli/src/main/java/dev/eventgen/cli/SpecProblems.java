package dev.eventgen.cli;

import dev.eventgen.diagnostic.Diagnostic;
import dev.eventgen.diagnostic.SpecException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;

/** Runs a command body and turns its failures into messages and exit codes, never stack traces. */
final class SpecProblems {

  static final int OK = 0;
  static final int FAILED = 1;

  private SpecProblems() {}

  static int run(Callable<Integer> body, PrintWriter err, boolean verbose) {
    try {
      return body.call();
    } catch (SpecException e) {
      long errors = e.diagnostics().stream().filter(Diagnostic::isError).count();
      e.diagnostics().forEach(d -> err.println(d.render()));
      err.println(errors + (errors == 1 ? " error" : " errors"));
      printTrace(e, err, verbose);
      return FAILED;
    } catch (UncheckedIOException e) {
      err.println("error: " + e.getMessage());
      printTrace(e, err, verbose);
      return FAILED;
    } catch (Exception e) {
      err.println(
          "error: internal error: " + e + (verbose ? "" : " (run with --verbose for details)"));
      printTrace(e, err, verbose);
      return FAILED;
    } finally {
      err.flush();
    }
  }

  private static void printTrace(Exception e, PrintWriter err, boolean verbose) {
    if (verbose) {
      e.printStackTrace(err);
    }
  }
}
