package dev.eventgen.it.syslog;

import com.acme.cvp.model.CvpEvent;
import com.acme.cvp.model.CvpJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** The CVP sample events ({@code src/test/resources/cvp}), read by the generated model. */
final class Samples {

  static final List<String> MESSAGES = List.of(
      "ApplicationInvokedEvent", "CallEndedEvent", "CallErrorEvent", "CallQueuedEvent",
      "CallStartedEvent", "CallTransferredEvent", "ConfigDeployedEvent",
      "DeviceStatusChangedEvent", "ServiceStateChangedEvent", "ThresholdExceededEvent");

  private Samples() {}

  static CvpEvent event(String message) throws IOException, ClassNotFoundException {
    try (InputStream in = Samples.class.getResourceAsStream("/cvp/" + message + ".json")) {
      Class<? extends CvpEvent> type =
          Class.forName("com.acme.cvp.model." + message).asSubclass(CvpEvent.class);
      return CvpJson.mapper().readValue(in, type);
    }
  }
}
