package dev.eventgen.check;

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

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final String kind;
  private final Class<?> type;
  private final Set<String> keys = new TreeSet<>();
  private final boolean lenient;
  private final Map<String, Child> children = new LinkedHashMap<>();

  private Place(String kind, boolean lenient, Class<?> type, String... extraKeys) {
    this.kind = kind;
    this.type = type;
    this.lenient = lenient;
    for (BeanPropertyDefinition property :
        MAPPER.getDeserializationConfig().introspect(MAPPER.constructType(type)).findProperties()) {
      keys.add(property.getName());
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

  /** The asyncapi-core class that reads this kind of object. */
  Class<?> type() {
    return type;
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

  Child child(String key) {
    return children.get(key);
  }
}
