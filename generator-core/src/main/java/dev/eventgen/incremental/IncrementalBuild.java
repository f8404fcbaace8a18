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

/**
 * Decides whether an output directory is up to date, without parsing the spec: it compares the
 * files the last successful run read (the spec and every file a {@code $ref} reached, mapped remote
 * refs included; see {@link InputStamp}), the options and the generator's fingerprint with the
 * state file that run left in the output.
 *
 * <p>Use: {@link #staleReason()}; if present, run the generator, then {@link #record}.
 *
 * <p>The up-to-date path runs once in a fresh build JVM, where the first lambda, stream or {@code
 * +} on strings costs the JVM tens of milliseconds to bootstrap; it therefore uses plain loops and
 * {@link StringBuilder}, so a no-op build stays within a few milliseconds.
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
   * Why the output must be generated again ({@code "spec changed: api.yaml"}), or empty if it is up
   * to date.
   */
  public Optional<String> staleReason() throws IOException {
    Optional<BuildState> recorded = BuildState.read(stateFile);
    if (recorded.isEmpty() || !outputsExist(recorded.get())) {
      return Optional.of("output missing");
    }
    BuildState state = recorded.get();
    if (!state.generator().equals(generator)) {
      return Optional.of(
          "generator version changed (" + state.generator() + " -> " + generator + ")");
    }
    Map<String, String> current = options();
    for (Map.Entry<String, String> option : current.entrySet()) {
      if (!option.getValue().equals(state.options().get(option.getKey()))) {
        return Optional.of("options changed: " + option.getKey());
      }
    }
    return changedInput(state.inputs());
  }

  /** Stores the state of a successful run; call it after the output has been written. */
  public void record(GenerationResult result) throws IOException {
    Map<Path, InputStamp> inputs = new LinkedHashMap<>();
    Path spec = normalized(options.specFile());
    inputs.put(spec, InputStamp.of(spec));
    for (Path input :
        result.inputFiles().stream().map(IncrementalBuild::normalized).sorted().toList()) {
      if (!inputs.containsKey(input)) {
        inputs.put(input, InputStamp.of(input));
      }
    }
    new BuildState(generator, options(), inputs, result.files()).write(stateFile);
  }

  private Optional<String> changedInput(Map<Path, InputStamp> inputs) throws IOException {
    Path spec = normalized(options.specFile());
    for (Map.Entry<Path, InputStamp> input : inputs.entrySet()) {
      Path file = input.getKey();
      if (!Files.isRegularFile(file)) {
        return Optional.of(kind(file, spec) + " missing: " + file);
      }
      if (!input.getValue().matches(file)) {
        return Optional.of(kind(file, spec) + " changed: " + file);
      }
    }
    return Optional.empty();
  }

  private static String kind(Path file, Path spec) {
    return file.equals(spec) ? "spec" : "referenced file";
  }

  private boolean outputsExist(BuildState state) {
    for (Path file : state.outputs()) {
      if (!Files.isRegularFile(options.outputDirectory().resolve(file))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Everything that shapes the output besides the inputs (the output directory holds the state).
   */
  private Map<String, String> options() {
    StringBuilder targets = new StringBuilder();
    for (Target target : Target.values()) { // enum order: stable
      if (options.targets().contains(target)) {
        targets.append(targets.length() == 0 ? "" : ",").append(target.id());
      }
    }
    Map<String, String> named = new LinkedHashMap<>();
    named.put("specFile", normalized(options.specFile()).toString());
    named.put("packageName", options.packageName());
    named.put("targets", targets.length() == 0 ? "(from the spec)" : targets.toString());
    named.put("apiName", options.apiName() == null ? "(from the spec)" : options.apiName());
    named.put("refMap", options.refMap().describe());
    return named;
  }

  private static Path normalized(Path path) {
    return path.toAbsolutePath().normalize();
  }
}
