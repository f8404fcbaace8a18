package dev.eventgen.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.eventgen.GenerationResult;
import dev.eventgen.GeneratorOptions;
import dev.eventgen.RefMap;
import dev.eventgen.Target;
import dev.eventgen.write.SourceWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalBuildTest {

  @TempDir Path dir;
  private Path spec;
  private Path schemas;
  private Path output;
  private GeneratorOptions options;

  @BeforeEach
  void specWithAReferencedFile() throws IOException {
    spec = Files.writeString(dir.resolve("api.yaml"), "asyncapi: 3.0.0\n");
    schemas = Files.writeString(dir.resolve("schemas.yaml"), "Call: {type: object}\n");
    output = dir.resolve("out");
    options = GeneratorOptions.of(spec, output, "com.acme");
  }

  @Test
  void withoutAPreviousRunTheOutputIsMissing() throws IOException {
    assertEquals(Optional.of("output missing"), build(options).staleReason());
  }

  @Test
  void afterARecordedRunNothingChangedIsUpToDate() throws IOException {
    generate(options);
    assertEquals(Optional.empty(), build(options).staleReason());
  }

  @Test
  void aChangedSpecIsNamed() throws IOException {
    generate(options);
    Files.writeString(spec, "asyncapi: 2.6.0\n");
    assertEquals(Optional.of("spec changed: " + spec), build(options).staleReason());
  }

  @Test
  void aChangedReferencedFileIsNamedEvenThoughTheSpecIsUntouched() throws IOException {
    generate(options);
    Files.writeString(schemas, "Call: {type: string}\n");
    assertEquals(Optional.of("referenced file changed: " + schemas), build(options).staleReason());
  }

  @Test
  void aDeletedReferencedFileMakesTheOutputStale() throws IOException {
    generate(options);
    Files.delete(schemas);
    assertEquals(Optional.of("referenced file missing: " + schemas), build(options).staleReason());
  }

  @Test
  void touchingAFileWithoutChangingItKeepsTheOutputUpToDate() throws IOException {
    generate(options);
    Files.writeString(schemas, "Call: {type: object}\n");
    assertEquals(Optional.empty(), build(options).staleReason());
  }

  @Test
  void eachOptionThatShapesTheOutputCounts() throws IOException {
    generate(options);
    Map<String, GeneratorOptions> changed =
        Map.of(
            "packageName", GeneratorOptions.of(spec, output, "com.other"),
            "targets", options.withTargets(Set.of(Target.RECORDS)),
            "apiName", options.withApiName("Cvp"),
            "specFile", GeneratorOptions.of(schemas, output, "com.acme"),
            "refMap", options.withRefMap(RefMap.parse(List.of("https://x.example/=schemas"), dir)));
    changed.forEach(
        (option, other) ->
            assertEquals(Optional.of("options changed: " + option), stale(other), option));
  }

  @Test
  void aSameSizeEditIsFoundByItsHashWhenTheTimeChanged() throws IOException {
    generate(options);
    Files.writeString(schemas, "Call: {type: objekt}\n");
    Files.setLastModifiedTime(schemas, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
    assertEquals(Optional.of("referenced file changed: " + schemas), build(options).staleReason());
  }

  @Test
  void aSameSizeEditWithinTheSameTimeTickIsFoundByItsHash() throws IOException {
    FileTime stamped = Files.getLastModifiedTime(spec);
    generate(options);
    Files.writeString(spec, "asyncapi: 2.6.0\n");
    Files.setLastModifiedTime(spec, stamped); // a coarse clock would not have moved
    assertEquals(Optional.of("spec changed: " + spec), build(options).staleReason());
  }

  @Test
  void anUntouchedOldFileIsTrustedByItsTime() throws IOException {
    FileTime old = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
    Files.setLastModifiedTime(spec, old);
    generate(options);
    Files.writeString(spec, "asyncapi: 2.6.0\n");
    Files.setLastModifiedTime(spec, old);
    assertEquals(
        Optional.empty(),
        build(options).staleReason(),
        "same size and an old, unchanged time: not read again, as make and Gradle do");
  }

  @Test
  void anotherGeneratorBuildRegenerates() throws IOException {
    generate(options);
    Optional<String> reason = new IncrementalBuild(options, "0.2.0").staleReason();
    assertEquals(Optional.of("generator version changed (0.1.0 -> 0.2.0)"), reason);
  }

  @Test
  void aDeletedGeneratedFileMeansTheOutputIsMissing() throws IOException {
    generate(options);
    Files.delete(output.resolve("com/acme/Call.java"));
    assertEquals(Optional.of("output missing"), build(options).staleReason());
  }

  @Test
  void aStateFileThatCannotBeReadIsTreatedAsMissingOutput() throws IOException {
    generate(options);
    Files.writeString(
        output.resolve(IncrementalBuild.STATE_FILE), "#\nformat 2\ngenerator 0.1.0\ninput x\n");
    assertEquals(Optional.of("output missing"), build(options).staleReason());
  }

  @Test
  void theWriterReplacesAnOutputThatHoldsTheStateFile() throws IOException {
    generate(options);
    generate(options.withApiName("Cvp"));
    assertEquals(Optional.empty(), build(options.withApiName("Cvp")).staleReason());
  }

  /** Does what a front end does: write through the real writer, then record the run. */
  private void generate(GeneratorOptions run) throws IOException {
    JavaFile call = JavaFile.builder("com.acme", TypeSpec.classBuilder("Call").build()).build();
    List<Path> files = new SourceWriter().write(List.of(call), run.outputDirectory());
    GenerationResult result =
        new GenerationResult(
            null, Set.of(Target.RECORDS), Set.of(spec, schemas), files, Duration.ZERO);
    build(run).record(result);
  }

  private static Optional<String> stale(GeneratorOptions run) {
    try {
      return build(run).staleReason();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static IncrementalBuild build(GeneratorOptions run) {
    return new IncrementalBuild(run, "0.1.0");
  }
}
