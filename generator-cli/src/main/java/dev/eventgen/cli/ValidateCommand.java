package dev.eventgen.cli;

import dev.eventgen.Generator;
import dev.eventgen.RefMap;
import dev.eventgen.model.Api;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code eventgen validate <spec>}: every check of generate, nothing written. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Checks an AsyncAPI document and reports every problem, without generating.")
final class ValidateCommand implements Callable<Integer> {

  @Mixin CommandConsole console;

  @Mixin RefMapOption refMap;

  @Parameters(index = "0", paramLabel = "<spec>", description = "The AsyncAPI document.")
  Path specFile;

  @Override
  public Integer call() {
    RefMap mapped = refMap.refMap();
    ConsoleReporter reporter = console.reporter();
    return console.run(
        () -> {
          Api api = Generator.load(specFile, mapped, reporter).api();
          reporter.info(
              String.format(
                  "%s: ok: %s %s (AsyncAPI %s): %d servers, %d channels, %d operations,"
                      + " %d messages, %d types",
                  specFile,
                  api.title(),
                  api.version(),
                  api.asyncapiVersion(),
                  api.servers().size(),
                  api.channels().size(),
                  api.operations().size(),
                  api.messages().size(),
                  api.types().size()));
          return SpecProblems.OK;
        });
  }
}
