package dev.eventgen.maven;

import dev.eventgen.Reporter;
import dev.eventgen.diagnostic.Diagnostic;
import org.apache.maven.plugin.logging.Log;

/** Sends the generator's progress and spec warnings to the Maven build log. */
final class MavenReporter implements Reporter {

  private final Log log;

  MavenReporter(Log log) {
    this.log = log;
  }

  @Override
  public void info(String message) {
    log.info(message);
  }

  @Override
  public void warning(Diagnostic diagnostic) {
    log.warn(diagnostic.render());
  }
}
