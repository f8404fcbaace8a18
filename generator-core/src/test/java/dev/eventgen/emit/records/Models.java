package dev.eventgen.emit.records;

import dev.eventgen.model.Api;
import dev.eventgen.model.Channel;
import dev.eventgen.model.EnumType;
import dev.eventgen.model.JmsDestination;
import dev.eventgen.model.ListType;
import dev.eventgen.model.Message;
import dev.eventgen.model.NamedType;
import dev.eventgen.model.ObjectType;
import dev.eventgen.model.PayloadType;
import dev.eventgen.model.Property;
import dev.eventgen.model.Scalar;
import dev.eventgen.model.Scalar.Constraints;
import dev.eventgen.model.Scalar.Kind;
import dev.eventgen.model.TypeRef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Terse builders for hand-made models, until tests can read real specs. */
final class Models {

  private Models() {}

  static Property required(String wireName, PayloadType type) {
    return new Property(wireName, type, true, null, false);
  }

  static Property optional(String wireName, PayloadType type) {
    return new Property(wireName, type, false, null, false);
  }

  static Property documented(Property property, String doc) {
    return new Property(property.wireName(), property.type(), property.required(), doc, false);
  }

  static Scalar scalar(Kind kind) {
    return Scalar.of(kind);
  }

  static Scalar constant(String value) {
    return new Scalar(
        Kind.STRING, new Constraints(value, null, null, null, null, null, false, false, null));
  }

  static Scalar pattern(String regex) {
    return new Scalar(
        Kind.STRING, new Constraints(null, regex, null, null, null, null, false, false, null));
  }

  static Scalar maxLength(int max) {
    return new Scalar(
        Kind.STRING, new Constraints(null, null, null, max, null, null, false, false, null));
  }

  static Scalar range(Kind kind, long min, long max) {
    return new Scalar(
        kind,
        new Constraints(
            null,
            null,
            null,
            null,
            BigDecimal.valueOf(min),
            BigDecimal.valueOf(max),
            false,
            false,
            null));
  }

  static TypeRef ref(String name) {
    return new TypeRef(name);
  }

  static ListType list(PayloadType items) {
    return ListType.of(items);
  }

  static ObjectType object(String name, List<Property> properties) {
    return new ObjectType(name, null, false, properties, null);
  }

  static ObjectType object(String name, Property... properties) {
    return object(name, List.of(properties));
  }

  static EnumType stringEnum(String name, String doc, String... values) {
    return new EnumType(name, doc, false, Kind.STRING, List.of((Object[]) values));
  }

  static Message message(String name, String title, PayloadType payload) {
    return new Message(
        name,
        title,
        null,
        null,
        "application/json",
        payload,
        null,
        null,
        null,
        null,
        null,
        false,
        null,
        List.of());
  }

  static Channel topic(String name, String address, String destination, String... messages) {
    return new Channel(
        name,
        address,
        null,
        null,
        List.of(),
        Arrays.asList(messages),
        new JmsDestination(destination, JmsDestination.Kind.TOPIC),
        List.of(),
        Map.of());
  }

  /** An API whose lists are sorted by name, as the model builder guarantees. */
  static Api api(
      String title,
      List<Channel> channels,
      List<Message> messages,
      List<? extends NamedType> types) {
    List<NamedType> sortedTypes = new ArrayList<>(types);
    sortedTypes.sort(Comparator.comparing(NamedType::name));
    List<Message> sortedMessages = new ArrayList<>(messages);
    sortedMessages.sort(Comparator.comparing(Message::name));
    return new Api(
        "3.0.0",
        title,
        "1.0.0",
        null,
        "0123abcd",
        List.of(),
        channels,
        List.of(),
        sortedMessages,
        sortedTypes);
  }

  static List<Property> concat(List<Property> first, Property... rest) {
    List<Property> all = new ArrayList<>(first);
    all.addAll(List.of(rest));
    return all;
  }
}
