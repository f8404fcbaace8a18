package dev.eventgen.emit.jms;

import dev.eventgen.model.Api;
import dev.eventgen.model.EnumType;
import dev.eventgen.model.Message;
import dev.eventgen.model.NamedType;
import dev.eventgen.model.ObjectType;
import dev.eventgen.model.PayloadType;
import dev.eventgen.model.Property;
import dev.eventgen.model.Scalar;
import dev.eventgen.model.TypeRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Where the publisher finds the value of each application header (a JMS property) in the payload.
 * The spec names the headers but not their source, so a general rule decides:
 *
 * <p>Every header name is tried as written ({@code cvpCallGuid}) and without the first camel-case
 * word all header names share ({@code callGuid}). Compared case-insensitively with the payload's
 * scalar fields (nested objects up to {@value #MAX_DEPTH} deep), the first rule that finds exactly
 * one field wins:
 *
 * <ol>
 *   <li>the field's path, names joined, equals the name: {@code callGuid} -> {@code callGuid},
 *       {@code sourceHostname} -> {@code source.hostname};
 *   <li>the field's own name equals the name: {@code subsystem} -> {@code source.subsystem};
 *   <li>the field's path, names joined, starts with the name: {@code sourceHost} -> {@code
 *       source.hostname}.
 * </ol>
 *
 * <p>A header no rule maps is left unset. Headers that JMS cannot carry as a property (objects,
 * arrays, names that are not Java identifiers or start with {@code JMS}) are skipped.
 */
public final class HeaderMapping {

  static final int MAX_DEPTH = 3;

  /** The JMS property type a header is set as. */
  public enum Kind {
    STRING("string"),
    INT("integer"),
    LONG("longInteger"),
    DOUBLE("number"),
    BOOLEAN("bool");

    private final String factory;

    Kind(String factory) {
      this.factory = factory;
    }

    /** The runtime's {@code JmsPublisher.Property} factory for a property of this kind. */
    public String factory() {
      return factory;
    }
  }

  /**
   * One header.
   *
   * @param pointer JSON pointer to the payload field it is filled from, or null if none
   */
  public record Header(String name, Kind kind, String pointer) {}

  private record Field(String joined, String name, String pointer, int depth) {}

  private final Api api;

  public HeaderMapping(Api api) {
    this.api = api;
  }

  /** The message's headers that JMS can carry, each with its payload field, in spec order. */
  public List<Header> headers(Message message) {
    if (!(message.headers() instanceof TypeRef ref)
        || !(api.resolve(ref) instanceof ObjectType headers)) {
      return List.of();
    }
    List<Property> properties =
        headers.properties().stream()
            .filter(p -> kindOf(p.type()) != null && isPropertyName(p.wireName()))
            .toList();
    String prefix = sharedFirstWord(properties.stream().map(Property::wireName).toList());
    List<Field> fields = new ArrayList<>();
    collect(message.payload(), "", "", 1, fields);
    List<Header> result = new ArrayList<>();
    for (Property property : properties) {
      String name = property.wireName();
      List<String> candidates =
          prefix == null ? List.of(name) : List.of(name, name.substring(prefix.length()));
      result.add(new Header(name, kindOf(property.type()), find(candidates, fields)));
    }
    return result;
  }

  /**
   * The JMS properties the message's headers schema requires, in spec order: those of {@link
   * #headers} its {@code required} lists.
   */
  List<String> requiredHeaders(Message message) {
    if (!(message.headers() instanceof TypeRef ref)
        || !(api.resolve(ref) instanceof ObjectType headers)) {
      return List.of();
    }
    return headers.properties().stream()
        .filter(p -> p.required() && kindOf(p.type()) != null && isPropertyName(p.wireName()))
        .map(Property::wireName)
        .toList();
  }

  /**
   * JSON pointer into the payload for the message's correlation id: {@code
   * $message.payload#/callGuid} directly, {@code $message.header#/x} through header x's field. Null
   * if the location is absent or points elsewhere.
   */
  public String correlationPointer(Message message) {
    String location = message.correlationIdLocation();
    if (location == null) {
      return null;
    }
    if (location.startsWith("$message.payload#")) {
      String pointer = location.substring("$message.payload#".length());
      return pointer.isEmpty() ? null : pointer;
    }
    if (location.startsWith("$message.header#/")) {
      String header = location.substring("$message.header#/".length());
      return headers(message).stream()
          .filter(h -> h.name().equals(header))
          .map(Header::pointer)
          .findFirst()
          .orElse(null);
    }
    return null;
  }

  private static String find(List<String> candidates, List<Field> fields) {
    List<Predicate<Field>> rules = new ArrayList<>();
    for (String candidate : candidates) {
      String lower = candidate.toLowerCase(Locale.ROOT);
      rules.add(f -> f.joined().equals(lower));
    }
    for (String candidate : candidates) {
      String lower = candidate.toLowerCase(Locale.ROOT);
      rules.add(f -> f.name().equals(lower));
    }
    for (String candidate : candidates) {
      String lower = candidate.toLowerCase(Locale.ROOT);
      rules.add(f -> f.joined().startsWith(lower));
    }
    for (Predicate<Field> rule : rules) {
      String pointer = unique(fields.stream().filter(rule).toList());
      if (pointer != null) {
        return pointer;
      }
    }
    return null;
  }

  /** The one match; of several, the one shallower than all others. */
  private static String unique(List<Field> matches) {
    if (matches.isEmpty()) {
      return null;
    }
    List<Field> sorted = matches.stream().sorted(Comparator.comparingInt(Field::depth)).toList();
    boolean tie = sorted.size() > 1 && sorted.get(1).depth() == sorted.get(0).depth();
    return tie ? null : sorted.get(0).pointer();
  }

  private void collect(
      PayloadType type, String joined, String pointer, int depth, List<Field> out) {
    if (depth > MAX_DEPTH || !(type instanceof TypeRef ref)) {
      return;
    }
    if (!(api.resolve(ref) instanceof ObjectType object)) {
      return;
    }
    for (Property property : object.properties()) {
      String name = property.wireName();
      String childJoined = joined + name.toLowerCase(Locale.ROOT);
      String childPointer = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
      if (kindOf(property.type()) != null) {
        out.add(new Field(childJoined, name.toLowerCase(Locale.ROOT), childPointer, depth));
      } else {
        collect(property.type(), childJoined, childPointer, depth + 1, out);
      }
    }
  }

  /** The JMS property type for a schema, or null if JMS cannot carry it as a property. */
  private Kind kindOf(PayloadType type) {
    if (type instanceof TypeRef ref) {
      NamedType named = api.resolve(ref);
      return named instanceof EnumType ? Kind.STRING : null;
    }
    if (!(type instanceof Scalar scalar)) {
      return null;
    }
    return switch (scalar.kind()) {
      case INT -> Kind.INT;
      case LONG -> Kind.LONG;
      case DOUBLE -> Kind.DOUBLE;
      case BOOLEAN -> Kind.BOOLEAN;
      case ANY, BYTES -> null;
      default -> Kind.STRING;
    };
  }

  private static boolean isPropertyName(String name) {
    return !name.isEmpty()
        && Character.isJavaIdentifierStart(name.charAt(0))
        && name.chars().allMatch(Character::isJavaIdentifierPart)
        && !name.startsWith("JMS");
  }

  /** {@code cvp} for {@code cvpEventId, cvpCallGuid}; null if the names share no first word. */
  static String sharedFirstWord(List<String> names) {
    String shared = null;
    for (String name : names) {
      int end = 0;
      while (end < name.length() && !Character.isUpperCase(name.charAt(end))) {
        end++;
      }
      if (end == 0 || end == name.length()) {
        return null;
      }
      String word = name.substring(0, end);
      if (shared != null && !shared.equals(word)) {
        return null;
      }
      shared = word;
    }
    return shared;
  }
}
