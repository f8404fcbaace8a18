package dev.eventgen.bench;

import com.acme.cvp.model.CvpEvent;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@link SyslogBench} on call-started lines only, where Spring's parser is also given the
 * hand-written conversion to the same typed {@code CallStartedEvent} ({@link SpringTypedReader}).
 */
public class SyslogTypedBench extends SyslogBench {

  private final SpringTypedReader springTyped = new SpringTypedReader();

  @Override
  List<CvpEvent> events() {
    return CvpVariants.of("CallStartedEvent", LINES, 2);
  }

  /** Both typed readers must read the same events. */
  @Setup
  public void checkSpringTypedAgrees() {
    List<CvpEvent> events = events();
    for (int i = 0; i < LINES; i++) {
      if (!events.get(i).equals(springTyped.read(text[i]))) {
        throw new IllegalStateException("the Spring conversion reads line " + i + " otherwise");
      }
    }
  }

  /** Spring's parser plus the hand-written conversion to the typed event. */
  @Benchmark
  public void springTyped(Blackhole blackhole) {
    for (String line : text) {
      blackhole.consume(springTyped.read(line));
    }
  }
}
