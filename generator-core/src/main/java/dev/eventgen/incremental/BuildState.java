package dev.eventgen.incremental;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an output directory was generated from, as stored in its state file: one line per entry,
 * {@code key value...}, so it is readable by people and trivially parsed.
 *
 * @param generator the {@link GeneratorFingerprint} of the run
 * @param options the options that shape the output, by name
 * @param inputs every file the spec was read from, the root spec first
 * @param outputs the generated files, relative to the output directory
 */
record BuildState(
    String generator,
    Map<String, String> options,
    Map<Path, InputStamp> inputs,
    List<Path> outputs) {

  private static final String HEADER =
      "# eventgen: what this output was generated from; delete this file to force regeneration";
  private static final String FORMAT = "format 2";

  BuildState {
    options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    outputs = List.copyOf(outputs);
  }

  void write(Path file) throws IOException {
    List<String> lines = new ArrayList<>(List.of(HEADER, FORMAT, "generator " + generator));
    options.forEach((name, value) -> lines.add("option " + name + " " + value));
    inputs.forEach(
        (path, stamp) ->
            lines.add(
                String.join(
                    " ",
                    "input",
                    stamp.sha256(),
                    Long.toString(stamp.size()),
                    Long.toString(stamp.modified()),
                    path.toString())));
    outputs.forEach(path -> lines.add("output " + path));
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  /** The state in the file, or empty if there is none or it is not one this version wrote. */
  static Optional<BuildState> read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.size() < 3
        || !lines.get(1).equals(FORMAT)
        || !lines.get(2).startsWith("generator ")) {
      return Optional.empty();
    }
    Map<String, String> options = new LinkedHashMap<>();
    Map<Path, InputStamp> inputs = new LinkedHashMap<>();
    List<Path> outputs = new ArrayList<>();
    for (String line : lines.subList(3, lines.size())) {
      if (!parse(line, options, inputs, outputs)) {
        return Optional.empty();
      }
    }
    String generator = lines.get(2).substring("generator ".length());
    return inputs.isEmpty()
        ? Optional.empty()
        : Optional.of(new BuildState(generator, options, inputs, outputs));
  }

  private static boolean parse(
      String line, Map<String, String> options, Map<Path, InputStamp> inputs, List<Path> outputs) {
    String[] parts = line.split(" ", 5);
    try {
      switch (parts[0]) {
        case "option" ->
            options.put(parts[1], line.substring(parts[0].length() + parts[1].length() + 2));
        case "input" ->
            inputs.put(
                Path.of(parts[4]),
                new InputStamp(parts[1], Long.parseLong(parts[2]), Long.parseLong(parts[3])));
        case "output" -> outputs.add(Path.of(line.substring("output ".length())));
        default -> {
          return false;
        }
      }
      return true;
    } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
      return false; // damaged: treated as no state, so the output is regenerated
    }
  }
}
