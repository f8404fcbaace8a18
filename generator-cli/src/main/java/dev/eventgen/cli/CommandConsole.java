package dev.eventgen.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every command shares, mixed in with {@code @Mixin}: the {@code --verbose} option, the
 * command's output and error streams, a reporter on them, and the run that turns failures into
 * messages and an exit code.
 */
final class CommandConsole {

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  @Option(names = "--verbose", description = "Print stack traces of failures.")
  boolean verbose;

  PrintWriter out() {
    return command.commandLine().getOut();
  }

  PrintWriter err() {
    return command.commandLine().getErr();
  }

  ConsoleReporter reporter() {
    return new ConsoleReporter(out(), err());
  }

  /** Runs the body; spec problems and failures are printed and give a non-zero exit code. */
  int run(Callable<Integer> body) {
    return SpecProblems.run(body, err(), verbose);
  }
}
