package dev.eventgen.bench.syslog;

import com.acme.cvp.CvpEventListener;
import com.acme.cvp.model.CallStartedEvent;
import dev.eventgen.runtime.EventContext;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the typed call-started events the receiver hands over (the flood sends nothing else),
 * and remembers when the last one came, for the delivered rate.
 */
final class CountingListener implements CvpEventListener {

  private final AtomicLong callStarted = new AtomicLong();
  private volatile long lastNanos;

  @Override
  public void onCallStarted(CallStartedEvent event, EventContext context) {
    if (event.callGuid() == null) {
      throw new IllegalStateException("call-started event without its callGuid: " + event);
    }
    lastNanos = System.nanoTime();
    callStarted.incrementAndGet();
  }

  /** Typed {@code CallStartedEvent}s received. */
  long callStarted() {
    return callStarted.get();
  }

  /** {@link System#nanoTime()} at the last event, 0 before the first. */
  long lastNanos() {
    return lastNanos;
  }
}
