package dev.eventgen.maven;

import dev.eventgen.diagnostic.SpecException;
import dev.eventgen.diff.Change;
import dev.eventgen.diff.DiffReport;
import dev.eventgen.diff.SpecDiff;
import java.io.File;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compares the spec with a baseline (the version consumers were built on) and fails the build if a
 * change would break them. Compatible changes are logged and pass.
 */
@Mojo(name = "check-compatibility", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public final class CheckCompatibilityMojo extends AbstractMojo {

  /** The new version of the AsyncAPI document. */
  @Parameter(property = "eventgen.specFile", required = true)
  private File specFile;

  /** The version to stay compatible with. */
  @Parameter(property = "eventgen.baselineSpec", required = true)
  private File baselineSpec;

  /** Log breaking changes as warnings instead of failing the build. */
  @Parameter(property = "eventgen.allowBreaking", defaultValue = "false")
  private boolean allowBreaking;

  /**
   * Local copies of remote {@code $ref}s: each {@code <refMap>} is {@code prefix=folder}, e.g.
   * {@code https://schemas.example.com/=src/main/asyncapi/mirror}; a ref starting with the prefix
   * (the longest that matches) is read from the folder, relative to the project directory (for both
   * documents). Unmapped remote refs are refused: eventgen never fetches.
   */
  @Parameter(property = "eventgen.refMaps")
  private List<String> refMaps;

  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  private File basedir;

  /** Skips the check, like generation ({@code -Deventgen.skip}). */
  @Parameter(property = "eventgen.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("eventgen: compatibility check skipped");
      return;
    }
    List<Change> changes;
    try {
      changes =
          SpecDiff.compare(
              baselineSpec.toPath().normalize(),
              specFile.toPath().normalize(),
              RefMaps.of(refMaps, basedir),
              new MavenReporter(getLog()));
    } catch (SpecException e) {
      throw SpecFailures.of(e);
    } catch (UncheckedIOException e) {
      throw new MojoExecutionException("eventgen: " + e.getMessage(), e);
    }
    boolean breaking = changes.stream().anyMatch(Change::isBreaking);
    getLog()
        .info(
            "eventgen: "
                + baselineSpec.getName()
                + " -> "
                + specFile.getName()
                + ": "
                + DiffReport.summary(changes));
    changes.stream().filter(c -> !c.isBreaking()).forEach(c -> getLog().info(c.render()));
    if (breaking && !allowBreaking) {
      throw new MojoFailureException(
          "eventgen: breaking changes for consumers (set allowBreaking to accept them):\n"
              + DiffReport.render(changes.stream().filter(Change::isBreaking).toList()));
    }
    changes.stream().filter(Change::isBreaking).forEach(c -> getLog().warn(c.render()));
  }
}
