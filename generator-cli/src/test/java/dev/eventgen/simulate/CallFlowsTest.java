package dev.eventgen.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventgen.SpecLoader;
import dev.eventgen.model.Api;
import dev.eventgen.sampling.SampleGenerator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Call flows on the CVP spec, and plain random events on a spec without calls. */
class CallFlowsTest {

  private static final List<String> ORDER =
      List.of(
          "CallStartedEvent",
          "ApplicationInvokedEvent",
          "CallQueuedEvent",
          "CallTransferredEvent",
          "CallEndedEvent");

  @Test
  void eachCallsEventsShareItsIdAndContextAndComeInStageOrder() {
    Api api = SpecLoader.load(Path.of("../spec/cvp-call-events.yaml")).api();
    CallFlows flows =
        new CallFlows(new SampleGenerator(api, new LiveHints()), api.messages(), 0, new Random(5));
    Map<String, List<Outgoing>> calls = new LinkedHashMap<>();
    int system = 0;
    for (int i = 0; i < 2000; i++) {
      Outgoing event = flows.next();
      assertTrue(event.valid());
      JsonNode guid = event.payload().get("callGuid");
      if (guid == null) {
        system++;
        continue;
      }
      calls.computeIfAbsent(guid.asText(), g -> new ArrayList<>()).add(event);
    }
    assertTrue(system > 50, "system events among the calls: " + system);
    int complete = 0;
    for (List<Outgoing> call : calls.values()) {
      List<String> stages =
          call.stream().map(e -> e.message().name()).filter(ORDER::contains).toList();
      assertEquals("CallStartedEvent", call.get(0).message().name(), stages.toString());
      for (int i = 1; i < stages.size(); i++) {
        assertTrue(
            ORDER.indexOf(stages.get(i - 1)) < ORDER.indexOf(stages.get(i)), stages.toString());
      }
      String ani = call.get(0).payload().path("ani").asText(null);
      assertNotNull(ani);
      assertTrue(ani.startsWith("+1"), ani);
      assertTrue(call.stream().allMatch(e -> ani.equals(e.payload().path("ani").asText(ani))));
      if (stages.get(stages.size() - 1).equals("CallEndedEvent")) {
        complete++;
      }
    }
    assertTrue(complete > 100, "calls that ended: " + complete);
  }

  @Test
  void aSpecWithoutCallsGivesRandomEvents() {
    Api api = SpecLoader.load(Path.of("src/test/resources/orders.yaml")).api();
    CallFlows flows = new CallFlows(new SampleGenerator(api), api.messages(), 0, new Random(5));
    for (int i = 0; i < 50; i++) {
      Outgoing event = flows.next();
      assertTrue(event.payload().path("orderId").asText().matches("ORD-[0-9]{6}"));
    }
  }
}
