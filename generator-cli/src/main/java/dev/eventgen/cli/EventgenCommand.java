package dev.eventgen.cli;

import dev.eventgen.GeneratorVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code eventgen}: the command line front end. Each subcommand maps options onto the core. */
@Command(
    name = "eventgen",
    mixinStandardHelpOptions = true,
    versionProvider = EventgenCommand.Version.class,
    description = "Generates Java event consumers (records, JMS, syslog) from AsyncAPI documents.",
    subcommands = {
      GenerateCommand.class,
      ValidateCommand.class,
      DiffCommand.class,
      SimulateCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:problems in the spec, output not writable, or (diff) breaking changes",
      "2:usage error"
    })
public final class EventgenCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns the exit code (the tests call this). */
  public static int execute(String... args) {
    return new CommandLine(new EventgenCommand()).execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"eventgen " + GeneratorVersion.get()};
    }
  }
}
