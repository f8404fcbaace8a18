package dev.eventgen.runtime.jms;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Destination;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageListener;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A connection factory whose producers only record what they send, and whose sessions and consumers
 * record their acknowledgement mode and message listener: enough to test a publisher and how a
 * subscriber subscribes, without a broker. Sent messages answer their getters with what was set, so
 * they can be fed to a dispatcher as if received.
 */
public final class FakeBroker {

  /** A sent message: where to, and the message itself. */
  public record Sent(Destination destination, TextMessage message) {}

  public final List<Sent> sent = new ArrayList<>();
  public final List<Integer> sessionModes = new ArrayList<>();
  public final List<MessageListener> listeners = new ArrayList<>();

  public ConnectionFactory factory() {
    return FakeJms.proxy(
        ConnectionFactory.class,
        (p, m, a) -> m.getName().equals("createConnection") ? connection() : null);
  }

  private Connection connection() {
    return FakeJms.proxy(
        Connection.class,
        (p, m, a) -> {
          if (m.getName().equals("createSession")) {
            sessionModes.add((Integer) a[0]);
            return session();
          }
          return null;
        });
  }

  private Session session() {
    return FakeJms.proxy(
        Session.class,
        (p, m, a) ->
            switch (m.getName()) {
              case "createTopic" -> FakeJms.topic((String) a[0]);
              case "createQueue" -> FakeJms.queue((String) a[0]);
              case "createTextMessage" -> textMessage((String) a[0]);
              case "createProducer" -> producer();
              case "createConsumer", "createSharedDurableConsumer" -> consumer();
              default -> null;
            });
  }

  private MessageProducer producer() {
    return FakeJms.proxy(
        MessageProducer.class,
        (p, m, a) -> {
          if (m.getName().equals("send") && a.length == 2) {
            TextMessage message = (TextMessage) a[1];
            ((Recorded) Proxy.getInvocationHandler(message)).values.put("getJMSDestination", a[0]);
            sent.add(new Sent((Destination) a[0], message));
          }
          return null;
        });
  }

  private MessageConsumer consumer() {
    return FakeJms.proxy(
        MessageConsumer.class,
        (p, m, a) -> {
          if (m.getName().equals("setMessageListener")) {
            listeners.add((MessageListener) a[0]);
          }
          return null;
        });
  }

  private static TextMessage textMessage(String text) {
    Recorded recorded = new Recorded();
    recorded.values.put("getText", text);
    // Without the identity wrapper: the test reads the recorded values through the handler.
    return TextMessage.class.cast(
        Proxy.newProxyInstance(
            FakeBroker.class.getClassLoader(), new Class<?>[] {TextMessage.class}, recorded));
  }

  /** Setters store, getters answer; properties are kept in the order they were set. */
  public static final class Recorded implements InvocationHandler {
    final Map<String, Object> values = new LinkedHashMap<>();
    final Map<String, Object> properties = new LinkedHashMap<>();

    @Override
    public Object invoke(Object proxy, java.lang.reflect.Method method, Object[] args) {
      String name = method.getName();
      if (name.startsWith("set") && name.endsWith("Property")) {
        properties.put((String) args[0], args[1]);
      } else if (name.startsWith("set")) {
        values.put("get" + name.substring(3), args[0]);
      } else if (name.equals("getPropertyNames")) {
        return Collections.enumeration(properties.keySet());
      } else if (name.equals("getObjectProperty")) {
        return properties.get((String) args[0]);
      } else if (values.containsKey(name)) {
        return values.get(name);
      }
      return FakeJms.zero(method.getReturnType());
    }
  }

  public static Map<String, Object> properties(TextMessage message) {
    return ((Recorded) Proxy.getInvocationHandler(message)).properties;
  }
}
