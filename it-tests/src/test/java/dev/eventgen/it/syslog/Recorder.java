package dev.eventgen.it.syslog;

import com.acme.cvp.CvpEventListener;
import com.acme.cvp.EventContext;
import com.acme.cvp.Problem;
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
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A consumer's listener that keeps what it is given: events and reported problems. */
final class Recorder implements CvpEventListener {

  /** A problem report: the bytes received and what was wrong with them. */
  record Report(String method, EventContext context, Problem problem) {}

  final List<CvpEvent> events = new CopyOnWriteArrayList<>();
  final List<EventContext> contexts = new CopyOnWriteArrayList<>();
  final List<Report> reports = new CopyOnWriteArrayList<>();

  private void event(CvpEvent event, EventContext context) {
    events.add(event);
    contexts.add(context);
  }

  @Override
  public void onApplicationInvoked(ApplicationInvokedEvent event, EventContext context) {
    event(event, context);
  }

  @Override
  public void onCallEnded(CallEndedEvent event, EventContext context) {
    event(event, context);
  }

  @Override
  public void onCallError(CallErrorEvent event, EventContext context) {
    event(event, context);
  }

  @Override
  public void onCallQueued(CallQueuedEvent event, EventContext context) {
    event(event, context);
  }

  @Override
  public void onCallStarted(CallStartedEvent event, EventContext context) {
    event(event, context);
  }

  @Override
  public void onCallTransferred(CallTransferredEvent event, EventContext context) {
    event(event, context);
  }

  @Override
  public void onConfigDeployed(ConfigDeployedEvent event, EventContext context) {
    event(event, context);
  }

  @Override
  public void onDeviceStatusChanged(DeviceStatusChangedEvent event, EventContext context) {
    event(event, context);
  }

  @Override
  public void onServiceStateChanged(ServiceStateChangedEvent event, EventContext context) {
    event(event, context);
  }

  @Override
  public void onThresholdExceeded(ThresholdExceededEvent event, EventContext context) {
    event(event, context);
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
