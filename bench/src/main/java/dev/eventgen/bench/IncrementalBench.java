package dev.eventgen.bench;

import dev.eventgen.Generator;
import dev.eventgen.GeneratorOptions;
import dev.eventgen.Reporter;
import dev.eventgen.incremental.IncrementalBuild;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The no-op run of the Maven goal: deciding that generated output is up to date (read the state
 * file, hash the spec and every file it referenced, check the outputs exist). This is all the
 * {@code generate} goal does when nothing changed; the target is well under 50 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class IncrementalBench {

  @Param({"cvp", "1000"})
  public String spec;

  private IncrementalBuild build;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Path work = Files.createTempDirectory("eventgen-bench");
    Path specFile = SyntheticSpec.forParameter(work, spec);
    GeneratorOptions options =
        GeneratorOptions.of(specFile, work.resolve("out"), "bench.generated").withApiName("Bench");
    build = new IncrementalBuild(options);
    build.record(Generator.run(options, Reporter.SILENT));
    if (build.staleReason().isPresent()) {
      throw new IllegalStateException("output should be up to date: " + build.staleReason());
    }
  }

  @Benchmark
  public Optional<String> upToDateCheck() throws IOException {
    return build.staleReason();
  }
}
