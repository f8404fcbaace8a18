package dev.eventgen.maven;

import dev.eventgen.diagnostic.Diagnostic;
import dev.eventgen.diagnostic.SpecException;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoFailureException;

/** Turns spec problems into a build failure that lists them exactly as the CLI prints them. */
final class SpecFailures {

  private SpecFailures() {}

  static MojoFailureException of(SpecException problems) {
    long errors = problems.diagnostics().stream().filter(Diagnostic::isError).count();
    String lines =
        problems.diagnostics().stream().map(Diagnostic::render).collect(Collectors.joining("\n"));
    String count = errors + (errors == 1 ? " error" : " errors");
    return new MojoFailureException("spec problems:\n" + lines + "\n" + count, problems);
  }
}
