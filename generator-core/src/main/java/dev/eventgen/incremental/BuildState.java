package dev.eventgen.incremental;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an output directory was generated from, as stored in its state file: one line per entry,
 * {@code key value}, so it is readable by people and trivially parsed.
 *
 * @param generator the {@link GeneratorFingerprint} of the run
 * @param options SHA-256 of the options that shape the output
 * @param inputs SHA-256 of every file the spec was read from, the root spec first
 * @param outputs the generated files, relative to the output directory
 */
record BuildState(
    String generator, String options, Map<Path, String> inputs, List<Path> outputs) {

  private static final String HEADER =
      "# eventgen: what this output was generated from; delete this file to force regeneration";
  private static final String FORMAT = "format 1";

  BuildState {
    inputs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    outputs = List.copyOf(outputs);
  }

  void write(Path file) throws IOException {
    List<String> lines = new ArrayList<>(List.of(HEADER, FORMAT));
    lines.add("generator " + generator);
    lines.add("options " + options);
    inputs.forEach((path, hash) -> lines.add("input " + hash + " " + path));
    outputs.forEach(path -> lines.add("output " + path));
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  /** The state in the file, or empty if there is none or it is not one this version wrote. */
  static Optional<BuildState> read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.size() < 2 || !lines.get(1).equals(FORMAT)) {
      return Optional.empty();
    }
    String generator = null;
    String options = null;
    Map<Path, String> inputs = new LinkedHashMap<>();
    List<Path> outputs = new ArrayList<>();
    for (String line : lines.subList(2, lines.size())) {
      String[] parts = line.split(" ", 3);
      if (parts.length < (parts[0].equals("input") ? 3 : 2)) {
        return Optional.empty();
      }
      switch (parts[0]) {
        case "generator" -> generator = parts[1];
        case "options" -> options = parts[1];
        case "input" -> inputs.put(Path.of(parts[2]), parts[1]);
        case "output" -> outputs.add(Path.of(line.substring("output ".length())));
        default -> {
          return Optional.empty();
        }
      }
    }
    if (generator == null || options == null || inputs.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new BuildState(generator, options, inputs, outputs));
  }
}
