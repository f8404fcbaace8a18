package dev.eventgen.runtime.jms;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Just enough of received JMS messages for the dispatcher: destination, type, body, properties.
 * Built with {@link Proxy}; a getter nobody set answers null, zero or false.
 */
public final class FakeJms {

  private FakeJms() {}

  public static Topic topic(String name) {
    return proxy(Topic.class, (p, m, a) -> m.getName().equals("getTopicName") ? name : null);
  }

  public static Queue queue(String name) {
    return proxy(Queue.class, (p, m, a) -> m.getName().equals("getQueueName") ? name : null);
  }

  /** A message under construction. */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public Builder to(Object destination) {
      values.put("getJMSDestination", destination);
      return this;
    }

    public Builder type(String type) {
      values.put("getJMSType", type);
      return this;
    }

    public Builder property(String name, Object value) {
      properties.put(name, value);
      return this;
    }

    public Builder redelivered() {
      values.put("getJMSRedelivered", true);
      return this;
    }

    public TextMessage text(String body) {
      values.put("getText", body);
      return proxy(TextMessage.class, handler());
    }

    public BytesMessage bytes(byte[] body) {
      values.put("getBodyLength", (long) body.length);
      return proxy(
          BytesMessage.class,
          (p, m, a) -> {
            if (m.getName().equals("readBytes")) {
              byte[] target = (byte[]) a[0];
              System.arraycopy(body, 0, target, 0, Math.min(body.length, target.length));
              return body.length;
            }
            return handler().invoke(p, m, a);
          });
    }

    public BytesMessage bytes(String body) {
      return bytes(body.getBytes(StandardCharsets.UTF_8));
    }

    private InvocationHandler handler() {
      return (proxy, method, args) -> {
        String name = method.getName();
        if (name.equals("getPropertyNames")) {
          return Collections.enumeration(properties.keySet());
        }
        if (name.equals("getObjectProperty")) {
          return properties.get((String) args[0]);
        }
        if (name.equals("toString")) {
          return "FakeJms" + values;
        }
        Object value = values.get(name);
        return value != null ? value : zero(method.getReturnType());
      };
    }
  }

  public static Builder message() {
    return new Builder();
  }

  /** A message whose every getter fails, as after a lost connection. */
  public static TextMessage broken() {
    return proxy(
        TextMessage.class,
        (p, m, a) -> {
          throw new JMSException("connection lost");
        });
  }

  /** What an unset getter answers: false, zero or null. */
  public static Object zero(Class<?> type) {
    if (type == boolean.class) {
      return false;
    }
    if (type == long.class) {
      return 0L;
    }
    if (type == int.class) {
      return 0;
    }
    return null;
  }

  /** A proxy that answers {@code Object}'s methods by identity and the rest by the handler. */
  public static <T> T proxy(Class<T> type, InvocationHandler handler) {
    InvocationHandler withIdentity =
        (proxy, method, args) ->
            switch (method.getName()) {
              case "hashCode" -> System.identityHashCode(proxy);
              case "equals" -> proxy == args[0];
              case "toString" -> type.getSimpleName() + "@" + System.identityHashCode(proxy);
              default -> handler.invoke(proxy, method, args);
            };
    return type.cast(
        Proxy.newProxyInstance(
            FakeJms.class.getClassLoader(), new Class<?>[] {type}, withIdentity));
  }
}
