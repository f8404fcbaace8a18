package dev.eventgen.sample;

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
import dev.eventgen.runtime.Problem;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * Watches a CVP deployment: which calls are up, and what happened to the system. One class
 * serves both transports, because JMS and syslog deliver to the same generated listener.
 * Thread-safe: the JMS subscriber and the syslog receiver call it from their own threads.
 */
public final class CallCenterMonitor implements CvpEventListener {

  private final Map<String, CallStartedEvent> activeCalls = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
  private final Map<String, String> deviceStatus = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> problems = new ConcurrentHashMap<>();
  private final AtomicReference<String> lastProblem = new AtomicReference<>();
  private final Consumer<String> log;

  /** @param log where one line per event goes (System.out::println in the sample's main) */
  public CallCenterMonitor(Consumer<String> log) {
    this.log = log;
  }

  @Override
  public void onCallStarted(CallStartedEvent event, EventContext context) {
    activeCalls.put(event.callGuid(), event);
    record(context, "call %s started: %s -> %s", event.callGuid(), event.ani(), event.dnis());
  }

  @Override
  public void onCallEnded(CallEndedEvent event, EventContext context) {
    activeCalls.remove(event.callGuid());
    record(context, "call %s ended after %d s: %s",
        event.callGuid(), event.durationSeconds(), event.result().value());
  }

  @Override
  public void onCallTransferred(CallTransferredEvent event, EventContext context) {
    record(context, "call %s transferred (%s) to %s",
        event.callGuid(), event.transferType().value(), event.destinationKind().value());
  }

  @Override
  public void onCallQueued(CallQueuedEvent event, EventContext context) {
    record(context, "call %s queued at position %s", event.callGuid(), event.queuePosition());
  }

  @Override
  public void onApplicationInvoked(ApplicationInvokedEvent event, EventContext context) {
    record(context, "call %s runs VXML application %s",
        event.callGuid(), event.applicationName());
  }

  @Override
  public void onCallError(CallErrorEvent event, EventContext context) {
    record(context, "call error %s (%s): %s",
        event.errorCode(), event.errorCategory().value(), event.errorMessage());
  }

  @Override
  public void onDeviceStatusChanged(DeviceStatusChangedEvent event, EventContext context) {
    deviceStatus.put(event.hostname(), event.currentStatus().value());
    record(context, "device %s is now %s", event.hostname(), event.currentStatus().value());
  }

  @Override
  public void onThresholdExceeded(ThresholdExceededEvent event, EventContext context) {
    record(context, "threshold %s %s: %s of %s",
        event.metric().value(), event.state().value(), event.currentValue(),
        event.thresholdValue());
  }

  @Override
  public void onServiceStateChanged(ServiceStateChangedEvent event, EventContext context) {
    record(context, "service %s: %s -> %s", event.serviceType().value(),
        event.previousState().value(), event.currentState().value());
  }

  @Override
  public void onConfigDeployed(ConfigDeployedEvent event, EventContext context) {
    record(context, "deployment %s: %s on %d devices", event.deploymentId(),
        event.status().value(), event.targetDevices().size());
  }

  @Override
  public void onMalformed(EventContext context, Problem problem) {
    problem("malformed", context, problem);
    record(context, "malformed %s message: %s", context.transport(), problem.message());
  }

  @Override
  public void onUnknown(EventContext context, Problem problem) {
    problem("unknown", context, problem);
    record(context, "unknown %s message: %s", context.transport(), problem.message());
  }

  /** Problems so far by kind and transport, e.g. {@code malformed syslog -> 3}. */
  public Map<String, Long> problems() {
    Map<String, Long> snapshot = new TreeMap<>();
    problems.forEach((kind, adder) -> snapshot.put(kind, adder.sum()));
    return snapshot;
  }

  /** The last problem reported, or null. */
  public String lastProblem() {
    return lastProblem.get();
  }

  /** Events delivered so far by message name, both transports together. */
  public Map<String, Long> counts() {
    Map<String, Long> snapshot = new TreeMap<>();
    counts.forEach(
        (key, adder) -> snapshot.merge(key.substring(key.indexOf('/') + 1), adder.sum(), Long::sum));
    return snapshot;
  }

  private void problem(String kind, EventContext context, Problem problem) {
    problems.computeIfAbsent(kind + " " + context.transport(), k -> new LongAdder()).increment();
    lastProblem.set(context.transport() + " " + context.messageName() + ": " + problem.message());
  }

  /** Calls started and not yet ended, by CallGUID. */
  public Map<String, CallStartedEvent> activeCalls() {
    return Map.copyOf(activeCalls);
  }

  /** Last known status of each device, by host name. */
  public Map<String, String> deviceStatus() {
    return Map.copyOf(deviceStatus);
  }

  /** How many events of a kind arrived over a transport, e.g. {@code count("jms", "CallStartedEvent")}. */
  public long count(String transport, String messageName) {
    LongAdder adder = counts.get(transport + "/" + messageName);
    return adder == null ? 0 : adder.sum();
  }

  private void record(EventContext context, String format, Object... args) {
    String kind = context.messageName() == null ? "?" : context.messageName();
    counts.computeIfAbsent(context.transport() + "/" + kind, k -> new LongAdder()).increment();
    log.accept("[" + context.transport() + "] " + String.format(format, args));
  }
}
