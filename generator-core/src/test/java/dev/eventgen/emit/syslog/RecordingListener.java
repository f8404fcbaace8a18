package dev.eventgen.emit.syslog;

import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A generated {@code CvpEventListener}, implemented by a proxy that records every call (method name
 * and arguments) and throws from the methods named in {@code failing}.
 */
final class RecordingListener {

  /** One listener call. */
  record Call(String method, List<Object> args) {

    private static final List<String> REPORTS =
        List.of("onMalformed", "onUnknown", "onListenerFailure");

    /** The event of an event method; null for reports. */
    Object event() {
      return REPORTS.contains(method) ? null : args.get(0);
    }

    /** The {@code EventContext}: first for reports, second for event methods. */
    Object context() {
      return REPORTS.contains(method) ? args.get(0) : args.get(1);
    }

    /** The {@code Problem} or the failure of a report. */
    Object problem() {
      return REPORTS.contains(method) ? args.get(1) : null;
    }
  }

  private final BlockingQueue<Call> calls = new LinkedBlockingQueue<>();
  final Object proxy;

  RecordingListener(Class<?> listenerInterface, String... failing) {
    List<String> failingMethods = List.of(failing);
    this.proxy =
        Proxy.newProxyInstance(
            listenerInterface.getClassLoader(),
            new Class<?>[] {listenerInterface},
            (self, method, args) -> {
              if (method.getDeclaringClass() == Object.class) {
                return method.getName().equals("toString")
                    ? "RecordingListener"
                    : method.getName().equals("hashCode")
                        ? System.identityHashCode(self)
                        : self == args[0];
              }
              calls.add(new Call(method.getName(), Arrays.asList(args)));
              if (failingMethods.contains(method.getName())) {
                throw new IllegalStateException("listener failed on purpose");
              }
              return null;
            });
  }

  /** The next call, waiting up to ten seconds for it. */
  Call next() throws InterruptedException {
    Call call = calls.poll(10, TimeUnit.SECONDS);
    if (call == null) {
      throw new AssertionError("no listener call within 10 s");
    }
    return call;
  }
}
