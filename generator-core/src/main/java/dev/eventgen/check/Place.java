package dev.eventgen.check;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A kind of object in an AsyncAPI document (message, channel, schema...): which keys it allows and
 * which kind of object each of its entries holds. The allowed keys are the Jackson properties of
 * the asyncapi-core class that reads it, so they follow the library's version.
 */
final class Place {

  /** How an entry holds its children: one object, a map of named objects, or a list. */
  enum Shape {
    ONE,
    MAP,
    LIST,
    ONE_OR_LIST
  }

  record Child(Shape shape, Place place) {}

  /** The kind of JSON value a key holds, read off the type of the library's property. */
  enum ValueKind {
    STRING("a string"),
    BOOLEAN("true or false"),
    NUMBER("a number"),
    LIST("a list"),
    MAPPING("a mapping"),
    ANY("anything");

    private final String description;

    ValueKind(String description) {
      this.description = description;
    }

    /** How a message names the kind: "a mapping". */
    String description() {
      return description;
    }

    boolean accepts(JsonNode value) {
      return switch (this) {
        case STRING -> value.isTextual() || value.isNull(); // null: absent (a 3.0 address)
        case BOOLEAN -> value.isBoolean();
        case NUMBER -> value.isNumber();
        case LIST -> value.isArray();
        case MAPPING -> value.isObject();
        case ANY -> true;
      };
    }

    static ValueKind of(JavaType type) {
      Class<?> raw = type.getRawClass();
      if (raw == String.class || raw.isEnum()) {
        return STRING;
      }
      if (raw == Boolean.class || raw == boolean.class) {
        return BOOLEAN;
      }
      if (Number.class.isAssignableFrom(raw) || raw.isPrimitive()) {
        return NUMBER;
      }
      if (type.isCollectionLikeType() || type.isArrayType()) {
        return LIST;
      }
      if (raw == Object.class || raw.isInterface() || JsonNode.class.isAssignableFrom(raw)) {
        return ANY;
      }
      return MAPPING; // a map or one of the library's object classes
    }
  }

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final String kind;
  private final Set<String> keys = new TreeSet<>();
  private final Map<String, ValueKind> kinds = new LinkedHashMap<>();
  private final boolean lenient;
  private final Map<String, Child> children = new LinkedHashMap<>();

  private Place(String kind, boolean lenient, Class<?> type, String... extraKeys) {
    this.kind = kind;
    this.lenient = lenient;
    for (BeanPropertyDefinition property :
        MAPPER.getDeserializationConfig().introspect(MAPPER.constructType(type)).findProperties()) {
      keys.add(property.getName());
      kinds.put(property.getName(), ValueKind.of(property.getPrimaryType()));
    }
    keys.remove("extensionFields");
    keys.addAll(Set.of(extraKeys));
  }

  /** An AsyncAPI object: any key outside its allowed set is an error. */
  static Place strict(String kind, Class<?> type, String... extraKeys) {
    return new Place(kind, false, type, extraKeys);
  }

  /** A JSON Schema: unknown keywords are allowed, but ones close to a keyword are typos. */
  static Place lenient(String kind, Class<?> type, String... extraKeys) {
    return new Place(kind, true, type, extraKeys);
  }

  Place with(String key, Shape shape, Place place) {
    children.put(key, new Child(shape, place));
    return this;
  }

  String kind() {
    return kind;
  }

  boolean lenient() {
    return lenient;
  }

  boolean allows(String key) {
    return keys.contains(key) || key.startsWith("x-");
  }

  Set<String> keys() {
    return keys;
  }

  /** What the key's value must be; {@link ValueKind#ANY} for keys the library does not type. */
  ValueKind valueKind(String key) {
    Child child = children.get(key);
    if (child != null) {
      return switch (child.shape()) {
        case ONE -> child.place().lenient() ? ValueKind.ANY : ValueKind.MAPPING; // true, false
        case MAP -> ValueKind.MAPPING;
        case LIST -> ValueKind.LIST;
        case ONE_OR_LIST -> ValueKind.ANY;
      };
    }
    return kinds.getOrDefault(key, ValueKind.ANY);
  }

  Child child(String key) {
    return children.get(key);
  }
}
