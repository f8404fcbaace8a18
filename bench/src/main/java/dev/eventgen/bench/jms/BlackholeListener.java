package dev.eventgen.bench.jms;

import com.acme.cvp.CvpEventListener;
import com.acme.cvp.model.ApplicationInvokedEvent;
import com.acme.cvp.model.CallEndedEvent;
import com.acme.cvp.model.CallErrorEvent;
import com.acme.cvp.model.CallQueuedEvent;
import com.acme.cvp.model.CallStartedEvent;
import com.acme.cvp.model.CallTransferredEvent;
import com.acme.cvp.model.ConfigDeployedEvent;
import com.acme.cvp.model.DeviceStatusChangedEvent;
import com.acme.cvp.model.ServiceStateChangedEvent;
import com.acme.cvp.model.ThresholdExceededEvent;
import dev.eventgen.runtime.EventContext;
import org.openjdk.jmh.infra.Blackhole;

/** A listener doing nothing but hand every event to a Blackhole, so none is optimized away. */
final class BlackholeListener implements CvpEventListener {

  private final Blackhole blackhole;

  BlackholeListener(Blackhole blackhole) {
    this.blackhole = blackhole;
  }

  @Override
  public void onApplicationInvoked(ApplicationInvokedEvent event, EventContext context) {
    blackhole.consume(event);
  }

  @Override
  public void onCallEnded(CallEndedEvent event, EventContext context) {
    blackhole.consume(event);
  }

  @Override
  public void onCallError(CallErrorEvent event, EventContext context) {
    blackhole.consume(event);
  }

  @Override
  public void onCallQueued(CallQueuedEvent event, EventContext context) {
    blackhole.consume(event);
  }

  @Override
  public void onCallStarted(CallStartedEvent event, EventContext context) {
    blackhole.consume(event);
  }

  @Override
  public void onCallTransferred(CallTransferredEvent event, EventContext context) {
    blackhole.consume(event);
  }

  @Override
  public void onConfigDeployed(ConfigDeployedEvent event, EventContext context) {
    blackhole.consume(event);
  }

  @Override
  public void onDeviceStatusChanged(DeviceStatusChangedEvent event, EventContext context) {
    blackhole.consume(event);
  }

  @Override
  public void onServiceStateChanged(ServiceStateChangedEvent event, EventContext context) {
    blackhole.consume(event);
  }

  @Override
  public void onThresholdExceeded(ThresholdExceededEvent event, EventContext context) {
    blackhole.consume(event);
  }
}
