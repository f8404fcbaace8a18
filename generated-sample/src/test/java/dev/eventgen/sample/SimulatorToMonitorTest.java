package dev.eventgen.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.cvp.jms.CvpJmsSubscriber;
import com.acme.cvp.syslog.CvpSyslogReceiver;
import dev.eventgen.cli.EventgenCommand;
import dev.eventgen.runtime.jms.EmbeddedArtemis;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The simulator's events through the generated consumer: over JMS (embedded Artemis) and syslog
 * (UDP), every event arrives, valid ones typed, and the malformed share is reported as malformed,
 * nothing as unknown.
 */
class SimulatorToMonitorTest {

  private static final String SPEC = "../spec/cvp-call-events.yaml";

  @Test
  void validEventsArriveTypedAndMalformedOnesAreReported() throws Exception {
    CallCenterMonitor monitor = new CallCenterMonitor(line -> {});
    try (EmbeddedArtemis broker = EmbeddedArtemis.start();
        CvpJmsSubscriber jms = CvpJmsSubscriber.builder(broker.coreFactory(), monitor).start();
        CvpSyslogReceiver syslog = CvpSyslogReceiver.udp(0, monitor)) {
      TimeUnit.MILLISECONDS.sleep(500); // subscriptions in place before the first event
      int code =
          EventgenCommand.execute(
              "simulate", SPEC,
              "--jms", broker.amqpUrl().replace("amqp://", "tcp://"),
              "--syslog", "udp://127.0.0.1:" + syslog.port(),
              "--scenario", "calls",
              "--count", "300",
              "--rate", "300/s",
              "--invalid", "0.1",
              "--seed", "11");
      assertEquals(0, code);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (total(monitor) < 600 && System.nanoTime() < deadline) {
        TimeUnit.MILLISECONDS.sleep(100);
      }
    }
    Map<String, Long> problems = monitor.problems();
    // 300 events, each over JMS and syslog
    assertEquals(600, total(monitor), monitor.counts() + " " + problems);
    // A broken eventType (its const) names no message: that event is unknown, as in production.
    long malformed =
        problems.getOrDefault("malformed jms", 0L) + problems.getOrDefault("unknown jms", 0L);
    assertTrue(malformed > 10 && malformed < 60, "about 10% malformed: " + problems);
    // Over syslog every value is text: a boolean sent for a text field reads as the text "true",
    // so a few of the malformed events are well-formed there.
    long malformedSyslog =
        problems.getOrDefault("malformed syslog", 0L) + problems.getOrDefault("unknown syslog", 0L);
    assertTrue(
        malformedSyslog <= malformed && malformedSyslog >= malformed / 2, problems.toString());
    assertTrue(
        problems.getOrDefault("unknown jms", 0L) < malformed / 2,
        "mostly malformed, not unknown: " + problems);
    assertTrue(monitor.counts().getOrDefault("CallStartedEvent", 0L) > 20, monitor.counts().toString());
  }

  private static long total(CallCenterMonitor monitor) {
    return monitor.counts().values().stream().mapToLong(Long::longValue).sum();
  }
}
