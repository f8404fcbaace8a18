package dev.eventgen.cli;

import dev.eventgen.Generator;
import dev.eventgen.GeneratorOptions;
import dev.eventgen.Target;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code eventgen generate <spec> -o <dir> -p <package>}. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = "Generates Java sources for an AsyncAPI document (2.0-2.6 or 3.0, YAML or JSON).")
final class GenerateCommand implements Callable<Integer> {

  @Mixin CommandConsole console;

  @Mixin RefMapOption refMap;

  @Parameters(index = "0", paramLabel = "<spec>", description = "The AsyncAPI document.")
  Path specFile;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "<dir>",
      description = "Output directory; replaced as a whole on success, untouched on failure.")
  Path output;

  @Option(
      names = {"-p", "--package"},
      required = true,
      paramLabel = "<package>",
      description = "Base Java package, e.g. com.acme.cvp.")
  String packageName;

  @Option(
      names = "--targets",
      split = ",",
      paramLabel = "<target>",
      converter = TargetConverter.class,
      description =
          "records, jms, syslog, testkit (default: records plus what the spec's servers use;"
              + " testkit only when asked for).")
  List<Target> targets = List.of();

  @Option(
      names = "--api-name",
      paramLabel = "<Name>",
      description = "Prefix of API-wide types, e.g. Cvp (default: derived from info.title).")
  String apiName;

  @Override
  public Integer call() {
    GeneratorOptions options;
    try {
      Set<Target> chosen = targets.isEmpty() ? Set.of() : EnumSet.copyOf(targets);
      options =
          new GeneratorOptions(specFile, output, packageName, chosen, apiName, refMap.refMap());
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(console.command.commandLine(), e.getMessage());
    }
    ConsoleReporter reporter = console.reporter();
    return console.run(
        () -> {
          Generator.run(options, reporter);
          return SpecProblems.OK;
        });
  }

  static final class TargetConverter implements CommandLine.ITypeConverter<Target> {
    @Override
    public Target convert(String value) {
      try {
        return Target.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
