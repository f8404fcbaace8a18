package dev.eventgen;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a run needs; the CLI and the Maven plugin only fill this in.
 *
 * @param specFile the AsyncAPI document (YAML or JSON)
 * @param outputDirectory where the Java sources go; replaced as a whole by a successful run
 * @param packageName base package of the generated code, e.g. {@code com.acme.cvp}
 * @param targets what to generate; empty means what the spec's servers call for
 * @param apiName prefix of the API-wide types ({@code Cvp} gives {@code CvpEventListener}); null
 *     derives it from the spec title
 * @param refMap the local folders remote {@code $ref}s are read from; null means none
 */
public record GeneratorOptions(
    Path specFile,
    Path outputDirectory,
    String packageName,
    Set<Target> targets,
    String apiName,
    RefMap refMap) {

  public GeneratorOptions {
    Objects.requireNonNull(specFile, "specFile");
    Objects.requireNonNull(outputDirectory, "outputDirectory");
    Objects.requireNonNull(packageName, "packageName");
    refMap = refMap == null ? RefMap.NONE : refMap;
    targets = targets.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(targets));
    if (!packageName.matches("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*")) {
      throw new IllegalArgumentException(
          "package name '" + packageName + "' is not a Java package");
    }
    if (apiName != null && !apiName.matches("[A-Z][A-Za-z0-9]*")) {
      throw new IllegalArgumentException(
          "API name '" + apiName + "' must be a PascalCase Java identifier, e.g. Cvp");
    }
  }

  /** Options without a ref map: remote refs are refused. */
  public GeneratorOptions(
      Path specFile,
      Path outputDirectory,
      String packageName,
      Set<Target> targets,
      String apiName) {
    this(specFile, outputDirectory, packageName, targets, apiName, RefMap.NONE);
  }

  public static GeneratorOptions of(Path specFile, Path outputDirectory, String packageName) {
    return new GeneratorOptions(specFile, outputDirectory, packageName, Set.of(), null);
  }

  public GeneratorOptions withTargets(Set<Target> newTargets) {
    return new GeneratorOptions(
        specFile, outputDirectory, packageName, newTargets, apiName, refMap);
  }

  public GeneratorOptions withApiName(String newApiName) {
    return new GeneratorOptions(
        specFile, outputDirectory, packageName, targets, newApiName, refMap);
  }

  public GeneratorOptions withRefMap(RefMap newRefMap) {
    return new GeneratorOptions(
        specFile, outputDirectory, packageName, targets, apiName, newRefMap);
  }
}
