package dev.eventgen.diff;

import dev.eventgen.model.Api;
import dev.eventgen.model.Channel;
import dev.eventgen.model.EnumType;
import dev.eventgen.model.JmsDestination;
import dev.eventgen.model.Message;
import dev.eventgen.model.NamedType;
import dev.eventgen.model.ObjectType;
import dev.eventgen.model.PayloadType;
import dev.eventgen.model.Property;
import dev.eventgen.model.Scalar;
import dev.eventgen.model.Server;
import dev.eventgen.model.TypeRef;
import java.util.List;
import java.util.Map;

/** Small hand-built models for diff tests: only what a comparison reads is filled in. */
final class Models {

  private Models() {}

  static Api api(
      String version, List<Channel> channels, List<Message> messages, NamedType... types) {
    Server jms = new Server("jms", "jms://broker", "broker", "jms", null, null, null, null);
    return new Api(
        "3.0.0",
        "Calls",
        version,
        null,
        "hash",
        List.of(jms),
        channels,
        List.of(),
        messages,
        List.of(types));
  }

  static Message message(String name, String payloadType) {
    return new Message(
        name,
        null,
        null,
        null,
        "application/json",
        new TypeRef(payloadType),
        null,
        null,
        null,
        null,
        null,
        false,
        null,
        List.of());
  }

  static Channel channel(String name, String destination, String... messages) {
    return new Channel(
        name,
        "calls/" + name,
        null,
        null,
        List.of(),
        List.of(messages),
        new JmsDestination(destination, JmsDestination.Kind.TOPIC),
        List.of(),
        Map.of());
  }

  static ObjectType object(String name, Property... properties) {
    return new ObjectType(name, null, false, List.of(properties), null);
  }

  static EnumType enumeration(String name, Object... values) {
    return new EnumType(name, null, false, Scalar.Kind.STRING, List.of(values));
  }

  static Property required(String name, PayloadType type) {
    return new Property(name, type, true, null, false);
  }

  static Property optional(String name, PayloadType type) {
    return new Property(name, type, false, null, false);
  }

  static Scalar string() {
    return Scalar.of(Scalar.Kind.STRING);
  }

  static Scalar string(Integer maxLength) {
    return new Scalar(
        Scalar.Kind.STRING,
        new Scalar.Constraints(null, null, null, maxLength, null, null, false, false, null));
  }

  static Scalar constant(String value) {
    return new Scalar(
        Scalar.Kind.STRING,
        new Scalar.Constraints(value, null, null, null, null, null, false, false, null));
  }

  static TypeRef ref(String name) {
    return new TypeRef(name);
  }
}
