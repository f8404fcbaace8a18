package dev.eventgen.cli;

import dev.eventgen.RefMap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --ref-map <prefix>=<folder>}, mixed in by every command that loads specs. */
final class RefMapOption {

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  @Option(
      names = "--ref-map",
      paramLabel = "<prefix>=<folder>",
      description = {
        "Reads remote $refs starting with <prefix> from <folder> (relative to the current"
            + " directory), e.g. https://schemas.example.com/=schemas. Repeatable; the longest"
            + " matching prefix wins. Unmapped remote refs are refused: eventgen never fetches."
      })
  List<String> entries = new ArrayList<>();

  /** The mapping; a malformed entry is a usage error. */
  RefMap refMap() {
    try {
      return RefMap.parse(entries, Path.of(""));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(command.commandLine(), e.getMessage());
    }
  }
}
