package dev.eventgen.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.cvp.model.CallStartedEvent;
import com.acme.cvp.model.CvpJson;
import com.acme.cvp.testkit.CvpSamples;
import com.acme.cvp.testkit.CvpTestKit;
import dev.eventgen.runtime.testkit.InvalidSample;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The monitor fed by the generated test kit: random valid events and single-rule violations. */
class CallCenterMonitorKitTest {

  private final List<String> lines = new ArrayList<>();
  private final CallCenterMonitor monitor = new CallCenterMonitor(lines::add);

  @Test
  void aStartedCallIsActiveAndEveryBrokenEventIsAProblem() throws Exception {
    CallStartedEvent started = CvpSamples.valid(CallStartedEvent.class, 42);
    byte[] json = CvpJson.mapper().writeValueAsBytes(started);

    CvpTestKit.deliverJson(monitor, "CallStartedEvent", json);
    assertTrue(monitor.activeCalls().containsKey(started.callGuid()), lines.toString());

    List<InvalidSample> broken = CvpSamples.invalid(CallStartedEvent.class, 42);
    assertFalse(broken.isEmpty());
    for (InvalidSample sample : broken) {
      CvpTestKit.deliverJson(monitor, "CallStartedEvent", sample.json());
    }
    long problems = monitor.problems().values().stream().mapToLong(Long::longValue).sum();
    assertEquals(broken.size(), problems, monitor.problems().toString());
  }

  @Test
  void aSyslogLineThatIsNoFrameIsMalformed() {
    CvpTestKit.deliverSyslog(monitor, "<134>1 not a timestamp");
    assertEquals(1L, monitor.problems().get("malformed syslog"), monitor.problems().toString());
  }
}
