package dev.eventgen.runtime.jms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventgen.runtime.Dispatch;
import dev.eventgen.runtime.EventContext;
import dev.eventgen.runtime.EventJson;
import dev.eventgen.runtime.EventListener;
import dev.eventgen.runtime.JsonPointers;
import dev.eventgen.runtime.JsonProblems;
import dev.eventgen.runtime.Problem;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Dispatches JMS messages to a listener through a routing table; register it as the {@code
 * MessageListener} of any consumer, or let {@link JmsSubscriber} do that. Generated code extends it
 * with the API's table ({@code <Api>JmsDispatcher}).
 *
 * <p>A message's route is chosen by its destination (the {@link JmsChannel} using it), then by
 * {@code JMSType} (the spec's message name, which must be one the channel carries), then, on
 * channels carrying several messages, by the payload's discriminating field. Text and bytes
 * messages are read as UTF-8 JSON; unknown JSON properties are ignored (see {@link EventJson}).
 *
 * <p>Nothing escapes {@link #onMessage}: an unreadable body goes to {@code onMalformed} (with the
 * raw bytes and a precise problem), and so does a message lacking a JMS property its headers schema
 * requires ({@link Problem.Kind#MISSING_HEADER}, unless {@link Options#requireHeaders} is off); a
 * message of no known type goes to {@code onUnknown}: a {@code JMSType} the channel does not carry,
 * or a payload whose discriminating field holds a value of no message the route expects (also on a
 * channel carrying one message: {@code eventType: call.unheard-of} is unknown, not malformed); what
 * the listener throws goes to {@code onListenerFailure} (see {@link Dispatch}). So the consumer
 * thread never dies, and every message received is counted exactly once as delivered, malformed or
 * unknown (see {@link #counts()}).
 *
 * <p>Thread-safe: one instance may serve several consumers. It calls the listener on the thread
 * that calls {@link #onMessage}, the JMS session's delivery thread (see {@link JmsSubscriber} for
 * which sessions it uses).
 */
public class JmsDispatcher implements MessageListener {
  /** Bodies larger than this (1 MiB) are reported, not parsed. */
  public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;

  private final Dispatch dispatch;

  private final ObjectMapper mapper;

  private final int maxBodyBytes;

  private final boolean requireHeaders;

  private final Map<String, JmsRoute<?>> routes = new LinkedHashMap<>();

  private final Map<String, Routed> byDestination = new LinkedHashMap<>();

  private final List<JmsRoute<?>> allRoutes;

  /**
   * A dispatcher over a routing table.
   *
   * @param listener receives the problems (the routes hold its typed methods)
   * @param mapper parses payloads whose discriminating field decides the route
   * @param channels the API's JMS channels
   * @param routes one per message of the API
   * @param maxBodyBytes larger bodies are reported as {@code TOO_LARGE}, not parsed
   */
  public JmsDispatcher(
      EventListener listener,
      ObjectMapper mapper,
      List<? extends JmsChannel> channels,
      List<JmsRoute<?>> routes,
      int maxBodyBytes) {
    this(listener, mapper, channels, routes, Options.DEFAULT.maxBodyBytes(maxBodyBytes));
  }

  /**
   * A dispatcher over a routing table.
   *
   * @param listener receives the problems (the routes hold its typed methods)
   * @param mapper parses payloads whose discriminating field decides the route
   * @param channels the API's JMS channels
   * @param routes one per message of the API
   * @param options the body size limit and whether required headers are checked
   */
  public JmsDispatcher(
      EventListener listener,
      ObjectMapper mapper,
      List<? extends JmsChannel> channels,
      List<JmsRoute<?>> routes,
      Options options) {
    this.dispatch = new Dispatch(listener);
    this.mapper = Objects.requireNonNull(mapper, "mapper");
    this.maxBodyBytes = options.maxBodyBytes();
    this.requireHeaders = options.requireHeaders();
    for (JmsRoute<?> route : routes) {
      this.routes.put(route.messageName(), route);
    }
    this.allRoutes = List.copyOf(this.routes.values());
    for (JmsChannel channel : channels) {
      List<JmsRoute<?>> onChannel = new ArrayList<>();
      for (String name : channel.messageNames()) {
        JmsRoute<?> route = this.routes.get(name);
        if (route == null) {
          throw new IllegalArgumentException(
              "no route for message " + name + " of channel " + channel.destination());
        }
        onChannel.add(route);
      }
      byDestination.put(channel.destination(), new Routed(channel, List.copyOf(onChannel)));
    }
  }

  /** Delivers or reports the message; never throws, so the consumer keeps running. */
  @Override
  public void onMessage(Message message) {
    Received received;
    try {
      received = read(message);
    } catch (JMSException | RuntimeException e) {
      EventContext context =
          new EventContext(EventContext.JMS, null, null, null, null, false, null);
      dispatch.malformed(
          context, Problem.of(Problem.Kind.TRANSPORT, "cannot read the JMS message: " + e));
      return;
    }
    dispatch(received);
  }

  /**
   * Dispatches a body that comes from no broker (a test's, say) as {@link #onMessage} dispatches a
   * message sent to {@code destination}: the same routing, decoding, validation and reports.
   *
   * @param destination the queue or topic name, e.g. {@code cvp.calls.started}
   * @param type the {@code JMSType}, or null to route by destination and payload alone
   * @param properties the JMS properties (and headers) the message carries
   * @param body the body, as a text message's UTF-8 bytes or a bytes message's
   */
  public void onBody(String destination, String type, Map<String, Object> properties, byte[] body) {
    Routed routed = destination == null ? null : byDestination.get(destination);
    Map<String, Object> headers = new LinkedHashMap<>();
    if (type != null) {
      headers.put("JMSType", type);
    }
    if (destination != null) {
      headers.put("JMSDestination", destination);
    }
    headers.putAll(properties);
    dispatch(
        new Received(
            routed == null ? null : routed.channel(),
            routed == null ? allRoutes : routed.routes(),
            destination,
            type,
            new EventContext.Headers(() -> headers),
            false,
            body));
  }

  /**
   * The destination of the first channel carrying a message, or null if none does.
   *
   * @param messageName the spec's message name
   */
  public String destinationOf(String messageName) {
    for (Routed routed : byDestination.values()) {
      if (routed.channel().messageNames().contains(messageName)) {
        return routed.channel().destination();
      }
    }
    return null;
  }

  /** What this dispatcher has done so far. */
  public Dispatch.Counts counts() {
    return dispatch.counts();
  }

  private Received read(Message message) throws JMSException {
    String destination = JmsMessages.destinationName(message.getJMSDestination());
    Routed routed = destination == null ? null : byDestination.get(destination);
    return new Received(
        routed == null ? null : routed.channel(),
        routed == null ? allRoutes : routed.routes(),
        destination,
        message.getJMSType(),
        JmsMessages.lazyHeaders(message),
        message.getJMSRedelivered(),
        JmsMessages.body(message));
  }

  private void dispatch(Received in) {
    Problem problem = bodyProblem(in);
    if (problem != null) {
      dispatch.malformed(in.context(null), problem);
    } else if (in.type() != null && !in.type().isEmpty()) {
      byType(in);
    } else if (in.candidates().size() == 1) {
      read(in.candidates().get(0), in, null);
    } else {
      discriminate(in);
    }
  }

  /** Why the body cannot be read at all, or null if it can. */
  private Problem bodyProblem(Received in) {
    if (in.body() == null) {
      return Problem.of(Problem.Kind.SYNTAX, "not a text or bytes message");
    }
    if (in.body().length == 0) {
      return Problem.of(Problem.Kind.SYNTAX, "empty body");
    }
    if (in.body().length > maxBodyBytes) {
      return Problem.of(
          Problem.Kind.TOO_LARGE,
          "body of " + in.body().length + " bytes exceeds the limit of " + maxBodyBytes);
    }
    return null;
  }

  /** {@code JMSType} names the message; it must be one the channel carries. */
  private void byType(Received in) {
    JmsRoute<?> route = routes.get(in.type());
    if (route != null && in.candidates().contains(route)) {
      read(route, in, null);
    } else {
      dispatch.unknown(
          in.context(null),
          Problem.of(
              Problem.Kind.UNKNOWN_MESSAGE,
              "JMSType '" + in.type() + "' is not a message of " + in.where()));
    }
  }

  /** Several messages are possible: the payload's discriminating field decides. */
  private void discriminate(Received in) {
    JsonNode tree;
    try {
      tree = mapper.readTree(in.body());
    } catch (IOException e) {
      dispatch.malformed(in.context(null), JsonProblems.of(e));
      return;
    }
    for (JmsRoute<?> route : in.candidates()) {
      if (route.matches(tree)) {
        read(route, in, tree);
        return;
      }
    }
    dispatch.unknown(
        in.context(null),
        Problem.of(
            Problem.Kind.UNKNOWN_MESSAGE,
            "the payload's discriminating field matches no message of " + in.where()));
  }

  /**
   * Reads the body (or its parsed tree) as the route's message and delivers it; a body that does
   * not read is unknown if its discriminating field names another message, else malformed.
   */
  private <T> void read(JmsRoute<T> route, Received in, JsonNode tree) {
    EventContext context = in.context(route.messageName());
    String missing = requireHeaders ? missingHeader(route, in.headers()) : null;
    if (missing != null) {
      dispatch.malformed(
          context,
          new Problem(
              Problem.Kind.MISSING_HEADER,
              "the JMS property '"
                  + missing
                  + "' that "
                  + route.messageName()
                  + " requires is"
                  + " missing",
              missing,
              -1));
      return;
    }
    T event;
    try {
      event = decode(route, in.body(), tree);
    } catch (Dispatch.DecodeException e) {
      if (namesAnother(route, in.body(), tree)) {
        unknownValue(route, in);
      } else {
        dispatch.malformed(context, e.problem());
      }
      return;
    }
    dispatch.deliver(context, event, route.target());
  }

  private static <T> T decode(JmsRoute<T> route, byte[] body, JsonNode tree)
      throws Dispatch.DecodeException {
    T event;
    try {
      event = tree == null ? route.reader().readValue(body) : route.reader().readValue(tree);
    } catch (IOException e) {
      // a body not yet parsed may be malformed past the field that failed: that is SYNTAX
      throw new Dispatch.DecodeException(
          tree == null
              ? JsonProblems.of(e, body, route.reader().getFactory())
              : JsonProblems.of(e));
    }
    if (event == null) {
      throw new Dispatch.DecodeException(Problem.of(Problem.Kind.SYNTAX, "the body is JSON null"));
    }
    return event;
  }

  /** The first required header the message lacks (absent or null), or null. */
  private static String missingHeader(JmsRoute<?> route, Map<String, Object> headers) {
    for (String name : route.requiredHeaders()) {
      if (headers.get(name) == null) {
        return name;
      }
    }
    return null;
  }

  /** Whether a body that did not read holds a discriminating value of another message. */
  private boolean namesAnother(JmsRoute<?> route, byte[] body, JsonNode tree) {
    if (route.discriminator() == null) {
      return false;
    }
    try {
      JsonNode payload = tree != null ? tree : mapper.readTree(body);
      return payload != null && payload.isObject() && route.namesAnother(payload);
    } catch (IOException e) {
      return false;
    }
  }

  private void unknownValue(JmsRoute<?> route, Received in) {
    dispatch.unknown(
        in.context(null),
        new Problem(
            Problem.Kind.UNKNOWN_MESSAGE,
            route.discriminator()
                + " does not name a message of "
                + in.where()
                + " (expected '"
                + route.value()
                + "')",
            JsonPointers.property(JsonPointers.ROOT, route.discriminator()),
            -1));
  }

  /**
   * How a dispatcher treats messages: the body size limit and whether the JMS properties a
   * message's headers schema requires are checked.
   *
   * @param maxBodyBytes larger bodies are reported as {@code TOO_LARGE}, not parsed; positive
   * @param requireHeaders true (the default) reports a message lacking a required JMS property to
   *     {@code onMalformed} as {@link Problem.Kind#MISSING_HEADER}, naming it; false reads such a
   *     message anyway
   */
  public record Options(int maxBodyBytes, boolean requireHeaders) {
    /** 1 MiB bodies, required headers checked. */
    public static final Options DEFAULT = new Options(DEFAULT_MAX_BODY_BYTES, true);

    /** Checks that the limit is positive. */
    public Options {
      if (maxBodyBytes <= 0) {
        throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
      }
    }

    /** These options with another body size limit. */
    public Options maxBodyBytes(int maxBodyBytes) {
      return new Options(maxBodyBytes, requireHeaders);
    }

    /** These options with required headers checked or not. */
    public Options requireHeaders(boolean requireHeaders) {
      return new Options(maxBodyBytes, requireHeaders);
    }
  }

  /** A channel and the routes of the messages it carries. */
  private record Routed(JmsChannel channel, List<JmsRoute<?>> routes) {}

  /** What was read from a JMS message before it is routed. */
  private record Received(
      JmsChannel channel,
      List<JmsRoute<?>> candidates,
      String destination,
      String type,
      EventContext.Headers headers,
      boolean redelivered,
      byte[] body) {
    EventContext context(String messageName) {
      // Headers, so the context neither copies them nor reads them before they are asked for.
      return new EventContext(
          EventContext.JMS,
          channel == null ? null : channel.address(),
          destination,
          messageName,
          headers,
          redelivered,
          body);
    }

    String where() {
      return channel != null ? "channel " + channel.destination() : "destination " + destination;
    }
  }
}
