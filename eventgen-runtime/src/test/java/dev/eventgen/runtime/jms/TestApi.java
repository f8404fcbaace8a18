package dev.eventgen.runtime.jms;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventgen.runtime.EventContext;
import dev.eventgen.runtime.EventJson;
import dev.eventgen.runtime.EventListener;
import java.util.List;
import java.util.Objects;

/** A small API written by hand the way the generator writes one: channels, records, routes. */
final class TestApi {

  static final ObjectMapper MAPPER = EventJson.newMapper();

  private TestApi() {}

  /** The API's channels: a topic with one message, a queue with two. */
  enum Channel implements JmsChannel {
    STARTED("test/started", "test.started", Kind.TOPIC, List.of("Started")),
    MIXED("test/mixed", "test.mixed", Kind.QUEUE, List.of("Started", "Ended"));

    private final String address;
    private final String destination;
    private final Kind kind;
    private final List<String> messageNames;

    Channel(String address, String destination, Kind kind, List<String> messageNames) {
      this.address = address;
      this.destination = destination;
      this.kind = kind;
      this.messageNames = messageNames;
    }

    @Override
    public String address() {
      return address;
    }

    @Override
    public String destination() {
      return destination;
    }

    @Override
    public Kind kind() {
      return kind;
    }

    @Override
    public List<String> messageNames() {
      return messageNames;
    }
  }

  /** Like a generated record, it refuses a discriminator other than its constant. */
  record Started(String eventType, String id) {
    Started {
      Objects.requireNonNull(id, "Started.id is required");
      if (eventType != null && !eventType.equals("started")) {
        throw new IllegalArgumentException("Started.eventType must be 'started'");
      }
    }
  }

  record Ended(String eventType, long durationSeconds) {}

  /** The API's listener interface. */
  interface Listener extends EventListener {
    default void onStarted(Started event, EventContext context) {}

    default void onEnded(Ended event, EventContext context) {}
  }

  static List<JmsRoute<?>> routes(Listener listener) {
    return List.of(
        JmsRoute.of("Started", MAPPER, Started.class, "eventType", "started", listener::onStarted),
        JmsRoute.of("Ended", MAPPER, Ended.class, "eventType", "ended", listener::onEnded));
  }

  static JmsDispatcher dispatcher(Listener listener, int maxBodyBytes) {
    return new JmsDispatcher(
        listener, MAPPER, List.of(Channel.values()), routes(listener), maxBodyBytes);
  }

  /** Routes whose Started message requires the JMS property {@code origin}. */
  static List<JmsRoute<?>> routesRequiringOrigin(Listener listener) {
    return List.of(
        JmsRoute.of(
            "Started",
            MAPPER,
            Started.class,
            "eventType",
            "started",
            listener::onStarted,
            List.of("origin")),
        JmsRoute.of("Ended", MAPPER, Ended.class, "eventType", "ended", listener::onEnded));
  }

  static JmsDispatcher dispatcher(Listener listener, JmsDispatcher.Options options) {
    return new JmsDispatcher(
        listener, MAPPER, List.of(Channel.values()), routesRequiringOrigin(listener), options);
  }

  static JmsSubscriber.Builder<JmsSubscriber> subscriber(
      jakarta.jms.ConnectionFactory factory, Listener listener) {
    return JmsSubscriber.builder(
        factory,
        List.of(Channel.values()),
        options ->
            new JmsDispatcher(
                listener, MAPPER, List.of(Channel.values()), routes(listener), options));
  }

  /** A subscriber whose Started message requires {@code origin} (see {@link #dispatcher}). */
  static JmsSubscriber.Builder<JmsSubscriber> subscriberRequiringOrigin(
      jakarta.jms.ConnectionFactory factory, Listener listener) {
    return JmsSubscriber.builder(
        factory, List.of(Channel.values()), options -> dispatcher(listener, options));
  }

  static String started(String id) {
    return "{\"eventType\":\"started\",\"id\":\"" + id + "\",\"newField\":1}";
  }

  static String ended(long seconds) {
    return "{\"eventType\":\"ended\",\"durationSeconds\":" + seconds + "}";
  }
}
