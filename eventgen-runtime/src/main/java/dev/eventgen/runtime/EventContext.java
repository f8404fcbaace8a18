package dev.eventgen.runtime;

import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Where and how a message arrived, with its raw bytes, for every transport.
 *
 * @param transport {@value #JMS} or {@value #SYSLOG}
 * @param channel the channel address, or null if it could not be determined
 * @param destination the JMS destination name, or the syslog peer address
 * @param messageName the spec's message name, or null if the message maps to none
 * @param headers JMS headers and properties, or syslog header fields ({@code hostname}, {@code
 *     appName}, {@code msgId} ...), in arrival order; read-only (a transport's are built when first
 *     read)
 * @param params syslog structured-data parameters (the event's SD element and Cisco {@code [k=v]}
 *     params by their name, other elements' as {@code sdId/name}), kept apart from the headers so a
 *     param named like a header field never hides it; empty for JMS, whose properties are headers
 * @param redelivered true if the transport says it delivered this message before
 * @param body the raw bytes as received; not copied, do not modify
 */
public record EventContext(
    String transport,
    String channel,
    String destination,
    String messageName,
    Map<String, Object> headers,
    Map<String, Object> params,
    boolean redelivered,
    byte[] body) {
  /** The {@code transport} of messages received over JMS. */
  public static final String JMS = "jms";

  /** The {@code transport} of messages received as syslog. */
  public static final String SYSLOG = "syslog";

  /**
   * Checks the transport; copies {@code headers} and {@code params} unless they are a transport's
   * {@link Headers}; null maps and body become empty ones.
   */
  public EventContext {
    Objects.requireNonNull(transport, "transport");
    headers = fixed(headers);
    params = fixed(params);
    body = body == null ? new byte[0] : body;
  }

  /**
   * A context without params (JMS).
   *
   * @param transport {@value #JMS} or {@value #SYSLOG}
   * @param channel the channel address, or null
   * @param destination the JMS destination name, or the syslog peer address
   * @param messageName the spec's message name, or null
   * @param headers the headers, or null
   * @param redelivered true if the transport says it delivered this message before
   * @param body the raw bytes, or null
   */
  public EventContext(
      String transport,
      String channel,
      String destination,
      String messageName,
      Map<String, Object> headers,
      boolean redelivered,
      byte[] body) {
    this(transport, channel, destination, messageName, headers, null, redelivered, body);
  }

  // A transport's Headers are fixed already; any other map is copied.
  private static Map<String, Object> fixed(Map<String, Object> map) {
    return map == null
        ? Map.of()
        : map instanceof Headers ? map : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /** The body decoded as UTF-8; malformed sequences become U+FFFD. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** The header (JMS header or property, syslog header field) of that name, or null if absent. */
  public Object header(String name) {
    return headers.get(name);
  }

  /** The structured-data parameter of that name (see {@link #params}), or null if absent. */
  public String param(String name) {
    Object value = params.get(name);
    return value == null ? null : value.toString();
  }

  /** Shows the body's size rather than its bytes, which may be large. */
  @Override
  public String toString() {
    return "EventContext[transport="
        + transport
        + ", channel="
        + channel
        + ", destination="
        + destination
        + ", messageName="
        + messageName
        + ", headers="
        + headers
        + ", params="
        + params
        + ", redelivered="
        + redelivered
        + ", body="
        + body.length
        + " bytes]";
  }

  /**
   * Headers made by the transport when first read, then fixed. Safe to read from any thread; the
   * source runs at most once.
   */
  public static final class Headers extends AbstractMap<String, Object> {
    private Supplier<? extends Map<String, Object>> source;

    private volatile Map<String, Object> map;

    /**
     * Headers that {@code source} makes when first read.
     *
     * @param source makes the headers when they are first read: a new map, in arrival order, that
     *     nothing else holds
     */
    public Headers(Supplier<? extends Map<String, Object>> source) {
      this.source = Objects.requireNonNull(source, "source");
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
      return map().entrySet();
    }

    @Override
    public Object get(Object key) {
      return map().get(key);
    }

    @Override
    public boolean containsKey(Object key) {
      return map().containsKey(key);
    }

    private Map<String, Object> map() {
      Map<String, Object> headers = map;
      if (headers == null) {
        synchronized (this) {
          headers = map;
          if (headers == null) {
            headers = Collections.unmodifiableMap(source.get());
            map = headers;
            source = null;
          }
        }
      }
      return headers;
    }
  }
}
