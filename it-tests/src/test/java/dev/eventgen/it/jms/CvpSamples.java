package dev.eventgen.it.jms;

import com.acme.cvp.model.CallStartedEvent;
import com.acme.cvp.model.CvpEvent;
import com.acme.cvp.model.CvpJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One valid JSON payload per CVP message, from {@code src/test/resources/cvp}. */
final class CvpSamples {

  static final List<String> MESSAGES =
      List.of(
          "ApplicationInvokedEvent",
          "CallEndedEvent",
          "CallErrorEvent",
          "CallQueuedEvent",
          "CallStartedEvent",
          "CallTransferredEvent",
          "ConfigDeployedEvent",
          "DeviceStatusChangedEvent",
          "ServiceStateChangedEvent",
          "ThresholdExceededEvent");

  static final String CALL_STARTED_ID = "9b2f3c1e-6a0d-4c1b-8d0e-2f6f5d3a7c11";

  private CvpSamples() {}

  /** Message name to JSON text, in {@link #MESSAGES} order. */
  static Map<String, String> json() {
    Map<String, String> samples = new LinkedHashMap<>();
    for (String message : MESSAGES) {
      samples.put(message, json(message));
    }
    return samples;
  }

  static String json(String message) {
    try (InputStream in = CvpSamples.class.getResourceAsStream("/cvp/" + message + ".json")) {
      if (in == null) {
        throw new IllegalStateException("no sample for " + message);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The call-started sample with another event id, to tell many of them apart. */
  static CallStartedEvent callStarted(UUID eventId) {
    String json = json("CallStartedEvent").replace(CALL_STARTED_ID, eventId.toString());
    try {
      return CvpJson.mapper().readValue(json, CallStartedEvent.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Sets the JMS properties the spec's headers schemas require, from the sample as a producer
   * would: read through the event interface's common accessors, plus the call GUID of call events.
   */
  static void setRequiredHeaders(jakarta.jms.Message message, String name)
      throws jakarta.jms.JMSException {
    CvpEvent event = event(name);
    message.setStringProperty("cvpEventId", event.eventId().toString());
    message.setStringProperty("cvpEventType", event.eventType());
    message.setStringProperty("cvpSourceHost", event.source().hostname());
    try {
      String callGuid = CvpJson.mapper().readTree(json(name)).path("callGuid").asText(null);
      if (callGuid != null) {
        message.setStringProperty("cvpCallGuid", callGuid);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sample read by the generated model: the event a consumer should receive. */
  static CvpEvent event(String message) {
    try {
      Class<? extends CvpEvent> type =
          Class.forName("com.acme.cvp.model." + message).asSubclass(CvpEvent.class);
      return CvpJson.mapper().readValue(json(message), type);
    } catch (IOException e) {
      throw new UncheckedIOException(message + " sample does not read", e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("no generated class for " + message, e);
    }
  }
}
