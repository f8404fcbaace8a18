package dev.eventgen.bench;

import com.acme.cvp.model.CvpEvent;
import com.acme.cvp.syslog.CvpSyslogDecoder;
import dev.eventgen.runtime.syslog.SyslogMessage;
import dev.eventgen.runtime.syslog.SyslogParseException;
import dev.eventgen.runtime.syslog.SyslogParser;
import dev.eventgen.runtime.syslog.SyslogSdLine;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.springframework.integration.syslog.RFC5424SyslogParser;

/**
 * Syslog lines per second on one thread over {@link #LINES} distinct CVP lines (every invocation
 * reads each line once; scores are per line): the runtime parser alone, with the generated typed
 * decoding, and decoding alone, against Spring Integration's {@code RFC5424SyslogParser}
 * (untyped: header fields and each SD element as raw text) on the same lines, and a loop summing
 * the bytes as the floor no reader goes below. Compare within one run. Spring gets each line as a
 * ready {@code String} (it cannot read bytes), which favours it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
@OperationsPerInvocation(SyslogBench.LINES)
public abstract class SyslogBench {

  static final int LINES = 2000;

  byte[][] lines;
  String[] text;
  private SyslogMessage[] parsed;

  /** The runtime parser, knowing the SD names of the CVP lines as the generated receiver's does. */
  private final SyslogParser parser =
      new SyslogParser(
          Clock.systemDefaultZone(), SyslogParser.DEFAULT_MAX_LENGTH, CvpSyslogDecoder.SD_NAMES);

  /** What the zero-copy parse fills for the decoder, reused from line to line. */
  private final SyslogSdLine line = new SyslogSdLine(CvpSyslogDecoder.SD_NAMES, CvpSyslogDecoder.SD_ID);

  private final RFC5424SyslogParser spring = new RFC5424SyslogParser();

  /** The {@link #LINES} distinct events the lines carry. */
  abstract List<CvpEvent> events();

  /** Every line reads back to the event it was written from, or the comparison means nothing. */
  @Setup
  public void setUp() throws SyslogParseException {
    List<CvpEvent> events = events();
    lines = SyslogLines.of(events, 42);
    text = SyslogLines.text(lines);
    parsed = new SyslogMessage[LINES];
    for (int i = 0; i < LINES; i++) {
      parsed[i] = parser.parse(lines[i]);
      Object typed = CvpSyslogDecoder.decode(parsed[i]).event();
      if (!events.get(i).equals(typed)) {
        throw new IllegalStateException("line " + i + " reads " + typed + ", not " + events.get(i));
      }
      parser.parse(lines[i], 0, lines[i].length, line);
      Object zeroCopy = CvpSyslogDecoder.decode(line).event();
      if (!events.get(i).equals(zeroCopy)) {
        throw new IllegalStateException("line " + i + " reads " + zeroCopy + " without copies");
      }
    }
  }

  /** The floor: a loop summing every byte of every line. */
  @Benchmark
  public long bytesSum() {
    long sum = 0;
    for (byte[] line : lines) {
      for (byte b : line) {
        sum += b;
      }
    }
    return sum;
  }

  /** The generic message: header fields and SD params as text. */
  @Benchmark
  public void eventgenParse(Blackhole blackhole) throws SyslogParseException {
    for (byte[] line : lines) {
      blackhole.consume(parser.parse(line));
    }
  }

  /** Parse and decode to the typed event on the zero-copy path, as the receiver does. */
  @Benchmark
  public void eventgenTyped(Blackhole blackhole) throws SyslogParseException {
    for (byte[] bytes : lines) {
      parser.parse(bytes, 0, bytes.length, line);
      blackhole.consume(CvpSyslogDecoder.decode(line).event());
    }
  }

  /** Parse to the generic message, then decode it to the typed event. */
  @Benchmark
  public void eventgenTypedGeneric(Blackhole blackhole) throws SyslogParseException {
    for (byte[] line : lines) {
      blackhole.consume(CvpSyslogDecoder.decode(parser.parse(line)).event());
    }
  }

  /** Typed decoding alone, from messages parsed once: the decoder's share of the above. */
  @Benchmark
  public void eventgenDecode(Blackhole blackhole) {
    for (SyslogMessage message : parsed) {
      blackhole.consume(CvpSyslogDecoder.decode(message).event());
    }
  }

  /** Spring Integration's parser, untyped. */
  @Benchmark
  public void spring(Blackhole blackhole) {
    for (String line : text) {
      blackhole.consume(spring.parse(line, 0, false));
    }
  }
}
