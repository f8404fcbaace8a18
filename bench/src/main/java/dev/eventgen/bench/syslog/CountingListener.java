package dev.eventgen.bench.syslog;

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
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the typed events of every kind the receiver hands over, and remembers when the last one
 * came, for the delivered rate.
 */
final class CountingListener implements CvpEventListener {

  private final AtomicLong typed = new AtomicLong();
  private volatile long lastNanos;

  private void count(Object event) {
    if (event == null) {
      throw new IllegalStateException("null event");
    }
    lastNanos = System.nanoTime();
    typed.incrementAndGet();
  }

  @Override
  public void onApplicationInvoked(ApplicationInvokedEvent event, EventContext context) {
    count(event);
  }

  @Override
  public void onCallEnded(CallEndedEvent event, EventContext context) {
    count(event);
  }

  @Override
  public void onCallError(CallErrorEvent event, EventContext context) {
    count(event);
  }

  @Override
  public void onCallQueued(CallQueuedEvent event, EventContext context) {
    count(event);
  }

  @Override
  public void onCallStarted(CallStartedEvent event, EventContext context) {
    count(event);
  }

  @Override
  public void onCallTransferred(CallTransferredEvent event, EventContext context) {
    count(event);
  }

  @Override
  public void onConfigDeployed(ConfigDeployedEvent event, EventContext context) {
    count(event);
  }

  @Override
  public void onDeviceStatusChanged(DeviceStatusChangedEvent event, EventContext context) {
    count(event);
  }

  @Override
  public void onServiceStateChanged(ServiceStateChangedEvent event, EventContext context) {
    count(event);
  }

  @Override
  public void onThresholdExceeded(ThresholdExceededEvent event, EventContext context) {
    count(event);
  }

  /** Typed events received, of every kind. */
  long typed() {
    return typed.get();
  }

  /** {@link System#nanoTime()} at the last event, 0 before the first. */
  long lastNanos() {
    return lastNanos;
  }
}
