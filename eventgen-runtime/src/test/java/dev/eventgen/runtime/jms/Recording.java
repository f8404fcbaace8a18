package dev.eventgen.runtime.jms;

import dev.eventgen.runtime.EventContext;
import dev.eventgen.runtime.Problem;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** Records every call of the test API's listener; chosen methods throw. */
final class Recording implements TestApi.Listener {

  /** One call: the method, its first argument (event or context) and its second. */
  record Call(String method, Object first, Object second) {}

  final List<Call> calls = new CopyOnWriteArrayList<>();
  volatile Predicate<String> throwing = name -> false;

  @Override
  public void onStarted(TestApi.Started event, EventContext context) {
    record("onStarted", event, context);
  }

  @Override
  public void onEnded(TestApi.Ended event, EventContext context) {
    record("onEnded", event, context);
  }

  @Override
  public void onMalformed(EventContext context, Problem problem) {
    record("onMalformed", context, problem);
  }

  @Override
  public void onUnknown(EventContext context, Problem problem) {
    record("onUnknown", context, problem);
  }

  @Override
  public void onListenerFailure(EventContext context, Throwable failure) {
    calls.add(new Call("onListenerFailure", context, failure));
  }

  private void record(String method, Object first, Object second) {
    calls.add(new Call(method, first, second));
    if (throwing.test(method)) {
      throw new AssertionError(method + " failed");
    }
  }

  List<String> methods() {
    return calls.stream().map(Call::method).toList();
  }

  Call only() {
    if (calls.size() != 1) {
      throw new AssertionError("expected one call, got " + calls);
    }
    return calls.get(0);
  }
}
