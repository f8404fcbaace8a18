package dev.eventgen.bench;

import dev.eventgen.GenerationResult;
import dev.eventgen.Generator;
import dev.eventgen.GeneratorOptions;
import dev.eventgen.Reporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * {@code Generator.run} end to end (read, resolve, bind, check, model, emit, write) on the CVP
 * spec and on synthetic specs of growing size. Linear growth shows as a constant cost per
 * channel: compare {@code score / channels} across the sizes of one run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class GeneratorBench {

  @Param({"cvp", "100", "1000", "5000"})
  public String spec;

  private GeneratorOptions options;
  private Path work;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    work = Files.createTempDirectory("eventgen-bench");
    Path specFile = SyntheticSpec.forParameter(work, spec);
    options =
        GeneratorOptions.of(specFile, work.resolve("out"), "bench.generated").withApiName("Bench");
  }

  @Benchmark
  public GenerationResult generate() {
    return Generator.run(options, Reporter.SILENT);
  }
}
