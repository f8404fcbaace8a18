package dev.eventgen.incremental;

import dev.eventgen.GenerationResult;
import dev.eventgen.GeneratorOptions;
import dev.eventgen.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Decides whether an output directory is up to date, without parsing the spec: it hashes the files
 * the last successful run read (the spec and every file a {@code $ref} reached) and compares them,
 * the options and the generator's fingerprint with the state file that run left in the output.
 *
 * <p>Use: {@link #staleReason()}; if present, run the generator, then {@link #record}.
 */
public final class IncrementalBuild {

  /** The state file, inside the output directory (the writer replaces it on every run). */
  public static final String STATE_FILE = ".eventgen-state";

  private final GeneratorOptions options;
  private final String generator;
  private final Path stateFile;

  public IncrementalBuild(GeneratorOptions options) {
    this(options, GeneratorFingerprint.get());
  }

  IncrementalBuild(GeneratorOptions options, String generatorFingerprint) {
    this.options = options;
    this.generator = generatorFingerprint;
    this.stateFile = options.outputDirectory().resolve(STATE_FILE);
  }

  /**
   * Why the output must be generated again ({@code "spec changed: api.yaml"}), or empty if it is
   * up to date.
   */
  public Optional<String> staleReason() throws IOException {
    Optional<BuildState> recorded = BuildState.read(stateFile);
    if (recorded.isEmpty() || !outputsExist(recorded.get())) {
      return Optional.of("output missing");
    }
    BuildState state = recorded.get();
    if (!state.generator().equals(generator)) {
      return Optional.of("generator version changed (" + state.generator() + " -> " + generator + ")");
    }
    if (!state.options().equals(optionsHash())) {
      return Optional.of("options changed");
    }
    return changedInput(state.inputs());
  }

  /** Stores the state of a successful run; call it after the output has been written. */
  public void record(GenerationResult result) throws IOException {
    Map<Path, String> inputs = new LinkedHashMap<>();
    Path spec = normalized(options.specFile());
    inputs.put(spec, Sha256.of(spec));
    for (Path input : result.inputFiles().stream().map(IncrementalBuild::normalized).sorted().toList()) {
      inputs.putIfAbsent(input, Sha256.of(input));
    }
    new BuildState(generator, optionsHash(), inputs, result.files()).write(stateFile);
  }

  private Optional<String> changedInput(Map<Path, String> inputs) throws IOException {
    Path spec = normalized(options.specFile());
    for (Map.Entry<Path, String> input : inputs.entrySet()) {
      Path file = input.getKey();
      String what = file.equals(spec) ? "spec" : "referenced file";
      if (!Files.isRegularFile(file)) {
        return Optional.of(what + " missing: " + file);
      }
      if (!Sha256.of(file).equals(input.getValue())) {
        return Optional.of(what + " changed: " + file);
      }
    }
    return Optional.empty();
  }

  private boolean outputsExist(BuildState state) {
    Path root = options.outputDirectory();
    return state.outputs().stream().allMatch(file -> Files.isRegularFile(root.resolve(file)));
  }

  /** Everything that shapes the output besides the inputs; the output directory holds the state. */
  private String optionsHash() {
    String targets =
        options.targets().stream().map(Target::id).sorted().collect(Collectors.joining(","));
    return Sha256.of(
        String.join(
            "\n",
            normalized(options.specFile()).toString(),
            options.packageName(),
            targets,
            String.valueOf(options.apiName())));
  }

  private static Path normalized(Path path) {
    return path.toAbsolutePath().normalize();
  }
}
