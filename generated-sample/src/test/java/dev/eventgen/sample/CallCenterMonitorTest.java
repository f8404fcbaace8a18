package dev.eventgen.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.cvp.model.CallEndedEvent;
import com.acme.cvp.model.CallStartedEvent;
import com.acme.cvp.model.CvpJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventgen.runtime.EventContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The monitor's own logic, fed with events read by the generated records. */
class CallCenterMonitorTest {

  static final String GUID = "064CD880000100000000025308C6C90A";

  static final String STARTED =
      """
      {"eventId":"9b2f3c1e-6a0d-4c1b-8d0e-2f6f5d3a7c11","eventType":"call.started",
       "specVersion":"1.0","timestamp":"2025-05-14T15:03:54.453Z","severity":"informational",
       "source":{"hostname":"cvp-cs1.example.com","deviceType":"CallServer"},
       "callGuid":"%s","ani":"5008","dnis":"8013"}"""
          .formatted(GUID);

  static final String ENDED =
      """
      {"eventId":"1b2f3c1e-6a0d-4c1b-8d0e-2f6f5d3a7c12","eventType":"call.ended",
       "specVersion":"1.0","timestamp":"2025-05-14T15:05:00.000Z","severity":"informational",
       "source":{"hostname":"cvp-cs1.example.com","deviceType":"CallServer"},
       "callGuid":"%s","startDateTime":"2025-05-14T15:03:54.453Z",
       "endDateTime":"2025-05-14T15:05:00.000Z","durationSeconds":66,"result":"completed"}"""
          .formatted(GUID);

  private final List<String> lines = new ArrayList<>();
  private final CallCenterMonitor monitor = new CallCenterMonitor(lines::add);
  private final ObjectMapper json = CvpJson.mapper();

  @Test
  void aCallIsActiveFromStartToEnd() throws Exception {
    monitor.onCallStarted(json.readValue(STARTED, CallStartedEvent.class), context("CallStartedEvent"));
    assertEquals(List.of(GUID), List.copyOf(monitor.activeCalls().keySet()));

    monitor.onCallEnded(json.readValue(ENDED, CallEndedEvent.class), context("CallEndedEvent"));
    assertTrue(monitor.activeCalls().isEmpty());
    assertEquals(
        List.of(
            "[jms] call " + GUID + " started: 5008 -> 8013",
            "[jms] call " + GUID + " ended after 66 s: completed"),
        lines);
    assertEquals(1, monitor.count("jms", "CallEndedEvent"));
  }

  private static EventContext context(String messageName) {
    return new EventContext(
        EventContext.JMS, null, "cvp.calls", messageName, Map.of(), false, new byte[0]);
  }
}
