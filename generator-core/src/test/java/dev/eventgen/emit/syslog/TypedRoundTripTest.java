package dev.eventgen.emit.syslog;

import static dev.eventgen.emit.syslog.GeneratedCvpSyslog.invoke;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** format -> parse -> decode gives an equal event, for every message and random values. */
class TypedRoundTripTest {

  private static final GeneratedCvpSyslog CVP = GeneratedCvpSyslog.get();
  private static final String[] MESSAGES = {
    "CallStartedEvent", "ThresholdExceededEvent", "ConfigDeployedEvent"
  };

  @Property(tries = 600)
  void formatParseDecodeGivesAnEqualEvent(
      @ForAll @IntRange(min = 0, max = 2) int message, @ForAll long seed) throws Exception {
    Object event = CVP.randomEvent(MESSAGES[message], seed);
    Object formatter =
        CVP.syslog("CvpSyslogFormatter")
            .getConstructor(String.class, String.class)
            .newInstance("cvp-cs1", "CVP_12_6_SIP");
    String line =
        (String)
            invoke(formatter, "format", event, OffsetDateTime.parse("2025-05-14T15:03:54.453Z"));

    Object result =
        BothPaths.decode(
            CVP.syslog("CvpSyslogDecoder"), CVP.parser(), line.getBytes(StandardCharsets.UTF_8));

    assertNull(invoke(result, "problem"), line);
    assertEquals(event, invoke(result, "event"), line);
    assertEquals(MESSAGES[message], invoke(result, "messageName"));
  }
}
