package dev.eventgen.cli;

import dev.eventgen.RefMap;
import dev.eventgen.diff.Change;
import dev.eventgen.diff.DiffReport;
import dev.eventgen.diff.SpecDiff;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code eventgen diff <old> <new>}: what changed for consumers between two spec versions. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Compares two versions of an AsyncAPI document and classifies each change as breaking"
          + " (consumers built on <old> may break) or compatible.",
      "Exits 1 if a change is breaking, unless --allow-breaking is given."
    })
final class DiffCommand implements Callable<Integer> {

  @Mixin CommandConsole console;

  @Mixin RefMapOption refMap;

  @Parameters(
      index = "0",
      paramLabel = "<old>",
      description = "The version consumers were built on.")
  Path before;

  @Parameters(index = "1", paramLabel = "<new>", description = "The new version.")
  Path after;

  @Option(names = "--allow-breaking", description = "Report breaking changes but exit 0.")
  boolean allowBreaking;

  @Override
  public Integer call() {
    RefMap mapped = refMap.refMap();
    var out = console.out();
    ConsoleReporter reporter = console.reporter();
    return console.run(
        () -> {
          List<Change> changes = SpecDiff.compare(before, after, mapped, reporter);
          out.print(DiffReport.render(changes));
          out.flush();
          boolean breaking = changes.stream().anyMatch(Change::isBreaking);
          if (breaking && !allowBreaking) {
            console
                .err()
                .println(
                    "error: breaking changes for consumers (use --allow-breaking to accept them)");
            return SpecProblems.FAILED;
          }
          return SpecProblems.OK;
        });
  }
}
