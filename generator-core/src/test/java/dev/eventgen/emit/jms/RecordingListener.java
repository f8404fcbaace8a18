package dev.eventgen.emit.jms;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Implements a generated listener interface through {@link Proxy} and records every call; a method
 * may be told to throw.
 */
final class RecordingListener {

  /** One listener call: the method's name and its arguments. */
  record Call(String method, Object first, Object second) {}

  final List<Call> calls = new ArrayList<>();
  private Predicate<String> throwing = name -> false;

  Object as(Class<?> listenerInterface) {
    return Proxy.newProxyInstance(
        listenerInterface.getClassLoader(),
        new Class<?>[] {listenerInterface},
        (proxy, method, args) -> {
          if (method.getDeclaringClass() == Object.class) {
            return method.getName().equals("hashCode")
                ? 0
                : method.getName().equals("equals") ? false : "recorder";
          }
          calls.add(new Call(method.getName(), args[0], args[1]));
          if (throwing.test(method.getName())) {
            throw new IllegalStateException(method.getName() + " failed");
          }
          return null;
        });
  }

  void throwIn(Predicate<String> methods) {
    this.throwing = methods;
  }

  Call only() {
    if (calls.size() != 1) {
      throw new AssertionError("expected one call, got " + calls);
    }
    return calls.get(0);
  }
}
