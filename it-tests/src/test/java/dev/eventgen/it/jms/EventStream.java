package dev.eventgen.it.jms;

import com.acme.cvp.jms.CvpJmsPublisher;
import com.acme.cvp.model.ApplicationInvokedEvent;
import com.acme.cvp.model.CallEndedEvent;
import com.acme.cvp.model.CallErrorEvent;
import com.acme.cvp.model.CallQueuedEvent;
import com.acme.cvp.model.CallStartedEvent;
import com.acme.cvp.model.CallTransferredEvent;
import com.acme.cvp.model.ConfigDeployedEvent;
import com.acme.cvp.model.CvpEvent;
import com.acme.cvp.model.CvpJson;
import com.acme.cvp.model.DeviceStatusChangedEvent;
import com.acme.cvp.model.ServiceStateChangedEvent;
import com.acme.cvp.model.ThresholdExceededEvent;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventgen.runtime.EventContext;
import jakarta.jms.JMSException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A stream of varied CVP events for load tests: every message of the API in turn, each with an
 * event id of its own, so a consumer's deliveries can be counted per event.
 */
final class EventStream {

  private EventStream() {}

  /** {@code count} events cycling through every CVP message, each with a fresh event id. */
  static List<CvpEvent> events(int count) {
    List<CvpEvent> events = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String message = CvpSamples.MESSAGES.get(i % CvpSamples.MESSAGES.size());
      events.add(withEventId(message, UUID.randomUUID()));
    }
    return events;
  }

  /** The sample of {@code message} with another event id. */
  static CvpEvent withEventId(String message, UUID eventId) {
    try {
      ObjectNode json = (ObjectNode) CvpJson.mapper().readTree(CvpSamples.json(message));
      json.put("eventId", eventId.toString());
      Class<? extends CvpEvent> type =
          Class.forName("com.acme.cvp.model." + message).asSubclass(CvpEvent.class);
      return CvpJson.mapper().treeToValue(json, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("no generated class for " + message, e);
    }
  }

  /** The event id of any CVP event. */
  static UUID eventId(CvpEvent event) {
    return UUID.fromString(CvpJson.mapper().valueToTree(event).get("eventId").asText());
  }

  /** The event id the publisher put into the {@code cvpEventId} property of a delivery. */
  static UUID eventId(EventContext context) {
    return UUID.fromString(String.valueOf(context.header("cvpEventId")));
  }

  /** Publishes any CVP event through its typed method. */
  static void publish(CvpJmsPublisher publisher, CvpEvent event) throws JMSException {
    if (event instanceof ApplicationInvokedEvent e) {
      publisher.publishApplicationInvoked(e);
    } else if (event instanceof CallEndedEvent e) {
      publisher.publishCallEnded(e);
    } else if (event instanceof CallErrorEvent e) {
      publisher.publishCallError(e);
    } else if (event instanceof CallQueuedEvent e) {
      publisher.publishCallQueued(e);
    } else if (event instanceof CallStartedEvent e) {
      publisher.publishCallStarted(e);
    } else if (event instanceof CallTransferredEvent e) {
      publisher.publishCallTransferred(e);
    } else if (event instanceof ConfigDeployedEvent e) {
      publisher.publishConfigDeployed(e);
    } else if (event instanceof DeviceStatusChangedEvent e) {
      publisher.publishDeviceStatusChanged(e);
    } else if (event instanceof ServiceStateChangedEvent e) {
      publisher.publishServiceStateChanged(e);
    } else if (event instanceof ThresholdExceededEvent e) {
      publisher.publishThresholdExceeded(e);
    } else {
      throw new AssertionError("unexpected " + event);
    }
  }
}
