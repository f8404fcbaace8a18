package dev.eventgen.emit.syslog;

import dev.eventgen.emit.JavaNames;
import dev.eventgen.model.Api;
import dev.eventgen.model.Message;
import dev.eventgen.model.ObjectType;
import dev.eventgen.model.PayloadType;
import dev.eventgen.model.Property;
import dev.eventgen.model.Server;
import dev.eventgen.model.SyslogServer;
import dev.eventgen.model.TypeRef;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What of the API travels as syslog: the messages with an {@code x-syslog} extension and an object
 * payload, the server-level settings, and every object type their fields reach.
 */
final class SyslogMapping {

  /** Facility {@code user} (1), used when no server says otherwise. */
  static final int DEFAULT_FACILITY = 1;

  private final Api api;
  private final List<Message> messages;
  private final SyslogServer server;
  private final Set<ObjectType> objects = new LinkedHashSet<>();

  SyslogMapping(JavaNames names) {
    this.api = names.api();
    this.messages =
        api.messages().stream().filter(m -> m.syslog() != null && !names.isWrapped(m)).toList();
    this.server =
        api.servers().stream().map(Server::syslog).filter(s -> s != null).findFirst().orElse(null);
    collectObjects();
  }

  boolean isEmpty() {
    return messages.isEmpty();
  }

  List<Message> messages() {
    return messages;
  }

  ObjectType payload(Message message) {
    return (ObjectType) api.resolve((TypeRef) message.payload());
  }

  /**
   * The SD-ID carrying the fields; without a server that names one, {@code event@32473} (32473 is
   * the enterprise number RFC 5612 reserves for documentation).
   */
  String structuredDataId() {
    return server == null || server.structuredDataId() == null
        ? "event@32473"
        : server.structuredDataId();
  }

  int facility() {
    return server == null ? DEFAULT_FACILITY : server.facility();
  }

  String appNamePattern() {
    return server == null ? null : server.appNamePattern();
  }

  /** Every object type reachable from the payloads, payloads first. */
  Set<ObjectType> objects() {
    return objects;
  }

  private void collectObjects() {
    Deque<ObjectType> pending = new ArrayDeque<>();
    messages.forEach(m -> pending.add(payload(m)));
    while (!pending.isEmpty()) {
      ObjectType type = pending.poll();
      if (objects.add(type)) {
        for (Property property : type.properties()) {
          reach(property.type(), pending);
        }
      }
    }
  }

  private void reach(PayloadType type, Deque<ObjectType> pending) {
    if (type instanceof TypeRef ref && api.resolve(ref) instanceof ObjectType object) {
      pending.add(object);
    } else if (type instanceof dev.eventgen.model.ListType list) {
      reach(list.items(), pending);
    }
  }
}
