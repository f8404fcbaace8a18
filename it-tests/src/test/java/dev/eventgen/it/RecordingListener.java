package dev.eventgen.it;

import com.acme.cvp.CvpEventListener;
import com.acme.cvp.model.ApplicationInvokedEvent;
import com.acme.cvp.model.CallEndedEvent;
import com.acme.cvp.model.CallErrorEvent;
import com.acme.cvp.model.CallQueuedEvent;
import com.acme.cvp.model.CallStartedEvent;
import com.acme.cvp.model.CallTransferredEvent;
import com.acme.cvp.model.ConfigDeployedEvent;
import com.acme.cvp.model.CvpEvent;
import com.acme.cvp.model.DeviceStatusChangedEvent;
import com.acme.cvp.model.ServiceStateChangedEvent;
import com.acme.cvp.model.ThresholdExceededEvent;
import dev.eventgen.runtime.EventContext;
import dev.eventgen.runtime.Problem;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A listener as a user would write one, that keeps everything it is given: events and reported problems. */
public class RecordingListener implements CvpEventListener {

  /** A typed event with the context it came in. */
  public record Delivery(CvpEvent event, EventContext context) {}

  /** A malformed or unknown message. */
  public record Report(String method, EventContext context, Problem problem) {}

  public final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
  public final List<Report> reports = new CopyOnWriteArrayList<>();

  /** Keeps a typed event; every typed method ends here. */
  protected void received(CvpEvent event, EventContext context) {
    deliveries.add(new Delivery(event, context));
  }

  public List<CvpEvent> events() {
    return deliveries.stream().map(Delivery::event).toList();
  }

  public int total() {
    return deliveries.size() + reports.size();
  }

  @Override
  public void onApplicationInvoked(ApplicationInvokedEvent event, EventContext context) {
    received(event, context);
  }

  @Override
  public void onCallEnded(CallEndedEvent event, EventContext context) {
    received(event, context);
  }

  @Override
  public void onCallError(CallErrorEvent event, EventContext context) {
    received(event, context);
  }

  @Override
  public void onCallQueued(CallQueuedEvent event, EventContext context) {
    received(event, context);
  }

  @Override
  public void onCallStarted(CallStartedEvent event, EventContext context) {
    received(event, context);
  }

  @Override
  public void onCallTransferred(CallTransferredEvent event, EventContext context) {
    received(event, context);
  }

  @Override
  public void onConfigDeployed(ConfigDeployedEvent event, EventContext context) {
    received(event, context);
  }

  @Override
  public void onDeviceStatusChanged(DeviceStatusChangedEvent event, EventContext context) {
    received(event, context);
  }

  @Override
  public void onServiceStateChanged(ServiceStateChangedEvent event, EventContext context) {
    received(event, context);
  }

  @Override
  public void onThresholdExceeded(ThresholdExceededEvent event, EventContext context) {
    received(event, context);
  }

  @Override
  public void onMalformed(EventContext context, Problem problem) {
    reports.add(new Report("onMalformed", context, problem));
  }

  @Override
  public void onUnknown(EventContext context, Problem problem) {
    reports.add(new Report("onUnknown", context, problem));
  }
}
