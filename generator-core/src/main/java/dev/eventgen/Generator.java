package dev.eventgen;

import com.palantir.javapoet.JavaFile;
import dev.eventgen.diagnostic.Diagnostic;
import dev.eventgen.emit.Emitter;
import dev.eventgen.emit.Emitters;
import dev.eventgen.emit.JavaNames;
import dev.eventgen.model.Api;
import dev.eventgen.write.SourceWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The facade: load the spec (read, resolve, bind, check, model), emit every target, write all or
 * nothing. Front ends map their parameters into {@link GeneratorOptions} and their logging into a
 * {@link Reporter}; nothing else knows the stages.
 */
public final class Generator {

  private Generator() {}

  /**
   * Generates code for the spec.
   *
   * @throws dev.eventgen.diagnostic.SpecException with every problem found, before anything is
   *     written
   * @throws java.io.UncheckedIOException if the output cannot be written (the old output stays)
   */
  public static GenerationResult run(GeneratorOptions options, Reporter reporter) {
    long start = System.nanoTime();
    LoadedSpec spec = load(options.specFile(), options.refMap(), reporter);
    Api api = spec.api();
    Set<Target> targets = options.targets().isEmpty() ? Target.defaultsFor(api) : options.targets();
    List<JavaFile> files = emit(api, targets, options.packageName(), options.apiName());
    List<Path> written = new SourceWriter().write(files, options.outputDirectory());
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    reporter.info(
        String.format(
            "eventgen: %d files for %s %s (%s) written to %s in %d ms",
            written.size(),
            api.title(),
            api.version(),
            String.join(", ", targets.stream().sorted().map(Target::id).toList()),
            options.outputDirectory(),
            elapsed.toMillis()));
    return new GenerationResult(api, targets, spec.files(), written, elapsed);
  }

  /** Reads and checks the spec without generating anything; remote refs are refused. */
  public static LoadedSpec load(Path specFile, Reporter reporter) {
    return load(specFile, RefMap.NONE, reporter);
  }

  /** Reads and checks the spec without generating anything; remote refs are read as mapped. */
  public static LoadedSpec load(Path specFile, RefMap refMap, Reporter reporter) {
    LoadedSpec spec = SpecLoader.load(specFile, refMap);
    for (Diagnostic warning : spec.warnings()) {
      reporter.warning(warning);
    }
    return spec;
  }

  /** Emits the Java files of the given targets for an already built model, in memory. */
  public static List<JavaFile> emit(
      Api api, Set<Target> targets, String packageName, String apiName) {
    JavaNames names = new JavaNames(api, packageName, apiName);
    List<JavaFile> files = new ArrayList<>();
    for (Emitter emitter : Emitters.forTargets(targets)) {
      files.addAll(emitter.emit(api, names));
    }
    return files;
  }
}
