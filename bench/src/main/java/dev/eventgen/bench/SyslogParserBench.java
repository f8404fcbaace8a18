package dev.eventgen.bench;

import com.acme.cvp.syslog.CvpSyslogDecoder;
import com.github.palindromicity.syslog.SyslogParserBuilder;
import dev.eventgen.runtime.syslog.SyslogMessage;
import dev.eventgen.runtime.syslog.SyslogParseException;
import dev.eventgen.runtime.syslog.SyslogParser;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.integration.syslog.RFC5424SyslogParser;

/**
 * Syslog lines per second on one thread, on a realistic CVP line (two SD elements, the
 * {@code cvp@9} fields of a call-started event): the generated parser alone and with typed
 * decoding, against Spring Integration's {@code RFC5424SyslogParser} and simple-syslog-5424 on
 * the same line, and a bare byte scan of the same buffer as the ceiling. Compare within one run.
 * The other parsers get the line as a ready {@code String} (they cannot read bytes), which
 * favours them.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SyslogParserBench {

  public static final String LINE =
      "<190>1 2025-05-14T15:03:54.453Z cvp-cs1.example.com CVP_12_6_SIP - CALL_STARTED"
          + " [timeQuality tzKnown=\"1\" isSynced=\"1\"][cvp@9"
          + " eventId=\"9b2f3c1e-6a0d-4c1b-8d0e-2f6f5d3a7c11\" eventType=\"call.started\""
          + " specVersion=\"1.0\" timestamp=\"2025-05-14T15:03:54.453Z\" severity=\"informational\""
          + " source.hostname=\"cvp-cs1\" source.deviceType=\"CallServer\""
          + " callGuid=\"064CD880000100000000025308C6C90A\" ani=\"5008\" dnis=\"8013\"]"
          + " %CVP_12_6_SIP-6-CALL_STARTED: Call Started";

  private final byte[] bytes = LINE.getBytes(StandardCharsets.UTF_8);
  /** The runtime parser, knowing the SD names of the CVP lines as the generated receiver's does. */
  private final SyslogParser parser =
      new SyslogParser(
          Clock.systemDefaultZone(), SyslogParser.DEFAULT_MAX_LENGTH, CvpSyslogDecoder.SD_NAMES);
  private final SyslogMessage parsed = parseOnce();
  private final RFC5424SyslogParser spring = new RFC5424SyslogParser();
  private final com.github.palindromicity.syslog.SyslogParser simple =
      new SyslogParserBuilder().build();

  private SyslogMessage parseOnce() {
    try {
      return parser.parse(bytes);
    } catch (SyslogParseException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The readers compared must agree on the event, or the comparison means nothing. */
  @Setup
  public void checkTheReadersAgree() {
    Object generated = CvpSyslogDecoder.decode(parsed).event();
    if (generated == null || !generated.equals(HandWrittenReader.read(bytes))) {
      throw new IllegalStateException("the hand-written reader reads another event: " + generated);
    }
  }

  /** The ceiling: touch every byte once. */
  @Benchmark
  public int bareScan() {
    int spaces = 0;
    for (byte b : bytes) {
      if (b == ' ') {
        spaces++;
      }
    }
    return spaces;
  }

  @Benchmark
  public SyslogMessage eventgenParse() throws SyslogParseException {
    return parser.parse(bytes);
  }

  /** Parse and decode to the typed {@code CallStartedEvent}. */
  @Benchmark
  public Object eventgenTyped() throws SyslogParseException {
    return CvpSyslogDecoder.decode(parser.parse(bytes)).event();
  }

  /** Typed decoding alone, from a message parsed once: the decoder's share of the above. */
  @Benchmark
  public Object eventgenDecode() {
    return CvpSyslogDecoder.decode(parsed).event();
  }

  /** The floor for any typed reader: see {@link HandWrittenReader}. */
  @Benchmark
  public Object handWrittenTyped() {
    return HandWrittenReader.read(bytes);
  }

  @Benchmark
  public Map<String, ?> spring() {
    return spring.parse(LINE, 0, false);
  }

  @Benchmark
  public Map<String, Object> simpleSyslog() {
    return simple.parseLine(LINE);
  }
}
