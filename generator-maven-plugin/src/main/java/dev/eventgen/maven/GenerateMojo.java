package dev.eventgen.maven;

import dev.eventgen.GenerationResult;
import dev.eventgen.Generator;
import dev.eventgen.GeneratorOptions;
import dev.eventgen.GeneratorVersion;
import dev.eventgen.Target;
import dev.eventgen.diagnostic.SpecException;
import dev.eventgen.incremental.IncrementalBuild;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates Java event consumers from an AsyncAPI document and adds them to the compile sources.
 * Regenerates only when the spec, a file it references (mapped remote refs included), the options
 * or the generator changed.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractMojo {

  static final String RUNTIME_GROUP = "dev.eventgen";
  static final String RUNTIME_ARTIFACT = "eventgen-runtime";

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  /** The AsyncAPI document (2.0-2.6 or 3.0, YAML or JSON). */
  @Parameter(property = "eventgen.specFile", required = true)
  private File specFile;

  /** Where the sources go; eventgen owns this directory and replaces it on each regeneration. */
  @Parameter(
      property = "eventgen.outputDirectory",
      defaultValue = "${project.build.directory}/generated-sources/eventgen")
  private File outputDirectory;

  /** Base Java package, e.g. {@code com.acme.cvp}. */
  @Parameter(property = "eventgen.packageName", required = true)
  private String packageName;

  /**
   * {@code records}, {@code jms}, {@code syslog}, {@code testkit}; default: records plus what the
   * servers use ({@code testkit}, sample events and broker-less delivery for tests, only if named).
   */
  @Parameter private List<String> targets;

  /** Prefix of the API-wide types, e.g. {@code Cvp}; default: derived from the spec title. */
  @Parameter(property = "eventgen.apiName")
  private String apiName;

  /**
   * Local copies of remote {@code $ref}s: each {@code <refMap>} is {@code prefix=folder}, e.g.
   * {@code https://schemas.example.com/=src/main/asyncapi/mirror}; a ref starting with the prefix
   * (the longest that matches) is read from the folder, relative to the project directory. Unmapped
   * remote refs are refused: eventgen never fetches.
   */
  @Parameter(property = "eventgen.refMaps")
  private List<String> refMaps;

  /** Skips generation; sources generated earlier are still compiled. */
  @Parameter(property = "eventgen.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("eventgen: skipped");
      if (outputDirectory.isDirectory()) {
        addSourceRoot();
      }
      return;
    }
    warnIfRuntimeMissing();
    GeneratorOptions options = options();
    try {
      long start = System.nanoTime();
      IncrementalBuild build = new IncrementalBuild(options);
      Optional<String> stale = build.staleReason();
      if (stale.isPresent()) {
        getLog().info("eventgen: " + stale.get() + "; generating");
        GenerationResult result = Generator.run(options, new MavenReporter(getLog()));
        build.record(result);
      } else {
        upToDate(System.nanoTime() - start);
      }
    } catch (SpecException e) {
      throw SpecFailures.of(e);
    } catch (IOException | UncheckedIOException e) {
      throw new MojoExecutionException("eventgen: " + e.getMessage(), e);
    }
    addSourceRoot();
  }

  /**
   * Logs the no-op run. Built without {@code String.format} or {@code +}: in a fresh build JVM
   * their first use alone costs more than the whole check (see {@code IncrementalBuild}).
   */
  private void upToDate(long nanos) {
    long tenths = nanos / 100_000;
    getLog()
        .info(
            new StringBuilder("eventgen: up to date: ")
                .append(outputDirectory)
                .append(" (checked in ")
                .append(tenths / 10)
                .append('.')
                .append(tenths % 10)
                .append(" ms)"));
  }

  private GeneratorOptions options() throws MojoExecutionException {
    try {
      Set<Target> chosen = EnumSet.noneOf(Target.class);
      for (String id : targets == null ? List.<String>of() : targets) {
        chosen.add(Target.parse(id));
      }
      return new GeneratorOptions(
          specFile.toPath().normalize(),
          outputDirectory.toPath(),
          packageName,
          chosen,
          apiName,
          RefMaps.of(refMaps, project.getBasedir()));
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("eventgen: " + e.getMessage(), e);
    }
  }

  private void addSourceRoot() {
    project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
  }

  /**
   * Generated code runs on {@code dev.eventgen:eventgen-runtime}; without it the project compiles
   * nothing it generates. A warning, not a failure: the runtime may come through a parent or a BOM
   * the resolved artifacts do not show yet.
   */
  private void warnIfRuntimeMissing() {
    if (!hasRuntimeDependency(project)) {
      getLog()
          .warn(
              "eventgen: the generated code needs the dependency "
                  + RUNTIME_GROUP
                  + ":"
                  + RUNTIME_ARTIFACT
                  + ":"
                  + GeneratorVersion.get()
                  + ", which this project lacks; add it to <dependencies>");
    }
  }

  /** True if the project declares or resolves {@code dev.eventgen:eventgen-runtime}. */
  static boolean hasRuntimeDependency(MavenProject project) {
    boolean declared =
        project.getDependencies().stream()
            .anyMatch(
                d ->
                    RUNTIME_GROUP.equals(d.getGroupId())
                        && RUNTIME_ARTIFACT.equals(d.getArtifactId()));
    return declared
        || project.getArtifacts().stream()
            .anyMatch(
                a ->
                    RUNTIME_GROUP.equals(a.getGroupId())
                        && RUNTIME_ARTIFACT.equals(a.getArtifactId()));
  }
}
