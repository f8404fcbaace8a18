package dev.eventgen.runtime.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Values of a value held untyped (as {@code JsonNode}) by the records, from its plain JSON Schema,
 * whose every rule the records check: {@code const}, {@code enum}, {@code type} (or the type its
 * keywords imply), one branch of {@code oneOf}/{@code anyOf}, the branches of {@code allOf} merged,
 * and the facets of strings, numbers, arrays and objects. {@code not}, {@code if} and the like are
 * not reasoned about: a value they forbid may come out.
 */
final class UntypedValues {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final Random random;

  UntypedValues(Random random) {
    this.random = random;
  }

  /**
   * A value the schema accepts.
   *
   * @throws SampleException if the schema is {@code false}
   */
  JsonNode of(JsonNode schema, String pointer, int depth) {
    if (schema.isBoolean()) {
      if (!schema.asBoolean()) {
        throw new SampleException(pointer, "the schema is false: no value is allowed");
      }
      return JSON.textNode(Texts.ofLength(8, random));
    }
    if (schema.has("const")) {
      return schema.get("const").deepCopy();
    }
    if (schema.path("enum").isArray() && !schema.path("enum").isEmpty()) {
      JsonNode values = schema.get("enum");
      return values.get(random.nextInt(values.size())).deepCopy();
    }
    JsonNode merged = allOf(schema, pointer);
    for (String keyword : List.of("oneOf", "anyOf")) {
      JsonNode branches = merged.path(keyword);
      if (branches.isArray() && !branches.isEmpty()) {
        ObjectNode rest = ((ObjectNode) merged).deepCopy();
        rest.remove(keyword);
        JsonNode branch =
            branches.get(keyword.equals("oneOf") ? 0 : random.nextInt(branches.size()));
        return of(merge(rest, branch), pointer, depth + 1);
      }
    }
    return switch (type(merged)) {
      case "null" -> JSON.nullNode();
      case "boolean" -> JSON.booleanNode(random.nextBoolean());
      case "integer" -> number(merged, Kind.BIG_INTEGER, pointer);
      case "number" -> number(merged, Kind.BIG_DECIMAL, pointer);
      case "array" -> array(merged, pointer, depth);
      case "object" -> object(merged, pointer, depth);
      default ->
          JSON.textNode(
              Texts.valid(constraints(merged), random)
                  .orElseThrow(() -> new SampleException(pointer, "no string meets " + merged)));
    };
  }

  /**
   * The schema with the branches of its {@code allOf} merged in.
   *
   * @throws SampleException if a branch requires a property the schema itself forbids
   */
  private static JsonNode allOf(JsonNode schema, String pointer) {
    JsonNode branches = schema.path("allOf");
    if (!schema.isObject() || !branches.isArray()) {
      return schema;
    }
    JsonNode merged = ((ObjectNode) schema).deepCopy().without("allOf");
    for (JsonNode branch : branches) {
      JsonNode flat = allOf(branch, pointer);
      forbidden(schema, flat.path("required"), pointer);
      merged = merge(merged, flat);
    }
    return merged;
  }

  /** Fails if the schema's own {@code additionalProperties: false} forbids a required name. */
  private static void forbidden(JsonNode schema, JsonNode required, String pointer) {
    if (!schema.path("additionalProperties").asBoolean(true) && !schema.has("patternProperties")) {
      for (JsonNode name : required) {
        if (!schema.path("properties").has(name.asText())) {
          throw new SampleException(
              pointer,
              "'"
                  + name.asText()
                  + "' is required by an allOf branch and forbidden by additionalProperties:"
                  + " false: no value fits the schema");
        }
      }
    }
  }

  /** Both schemas' keywords; properties and required lists are joined, others taken from b. */
  private static JsonNode merge(JsonNode a, JsonNode b) {
    if (!a.isObject() || !b.isObject()) {
      return b;
    }
    ObjectNode merged = ((ObjectNode) a).deepCopy();
    b.properties()
        .forEach(
            entry -> {
              JsonNode mine = merged.get(entry.getKey());
              if (entry.getKey().equals("properties") && mine != null && mine.isObject()) {
                ((ObjectNode) mine).setAll((ObjectNode) entry.getValue().deepCopy());
              } else if (entry.getKey().equals("required") && mine != null && mine.isArray()) {
                ((ArrayNode) mine).addAll((ArrayNode) entry.getValue().deepCopy());
              } else {
                merged.set(entry.getKey(), entry.getValue().deepCopy());
              }
            });
    return merged;
  }

  /** The declared type (the first non-null of a list), or the one the keywords imply. */
  private static String type(JsonNode schema) {
    JsonNode type = schema.path("type");
    if (type.isTextual()) {
      return type.asText();
    }
    if (type.isArray()) {
      for (JsonNode one : type) {
        if (!one.asText().equals("null")) {
          return one.asText();
        }
      }
      return type.isEmpty() ? "string" : "null";
    }
    if (schema.has("properties") || schema.has("required") || schema.has("minProperties")) {
      return "object";
    }
    if (schema.has("items") || schema.has("minItems") || schema.has("uniqueItems")) {
      return "array";
    }
    if (schema.has("minimum") || schema.has("maximum") || schema.has("multipleOf")) {
      return "number";
    }
    return "string";
  }

  private JsonNode number(JsonNode schema, Kind kind, String pointer) {
    Constraints c = constraints(schema);
    return Scalars.valid(kind, c, random)
        .orElseThrow(() -> new SampleException(pointer, "no number meets " + c));
  }

  private ArrayNode array(JsonNode schema, String pointer, int depth) {
    ArrayNode array = JSON.arrayNode();
    JsonNode items = schema.path("items");
    if (items.isArray()) {
      for (int i = 0; i < items.size(); i++) {
        array.add(of(items.get(i), pointer + "/" + i, depth + 1));
      }
      return array;
    }
    Integer minItems = Constraints.integer(schema, "minItems");
    Integer maxItems = Constraints.integer(schema, "maxItems");
    int min = minItems == null ? 0 : minItems;
    int max = maxItems == null ? min + 2 : maxItems;
    int size =
        depth >= Instances.MAX_DEPTH ? min : min + random.nextInt(Math.max(0, max - min) + 1);
    Set<JsonNode> seen = new HashSet<>();
    boolean unique = schema.path("uniqueItems").asBoolean(false);
    for (int i = 0, tries = 0; array.size() < size && tries < size * 8; tries++, i++) {
      JsonNode item =
          items.isMissingNode()
              ? JSON.numberNode(i)
              : of(items, pointer + "/" + array.size(), depth + 1);
      if (!unique || seen.add(item)) {
        array.add(item);
      }
    }
    return array;
  }

  private ObjectNode object(JsonNode schema, String pointer, int depth) {
    ObjectNode object = JSON.objectNode();
    Set<String> required = new HashSet<>();
    schema.path("required").forEach(name -> required.add(name.asText()));
    List<String> names = new ArrayList<>();
    schema.path("properties").fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      boolean wanted =
          required.contains(name) || depth < Instances.MAX_DEPTH && random.nextBoolean();
      if (wanted) {
        object.set(
            name,
            of(schema.path("properties").get(name), pointer + "/" + Instances.escape(name), depth));
      }
    }
    for (String name : required) {
      if (!object.has(name)) {
        object.put(name, Texts.ofLength(8, random));
      }
    }
    return object;
  }

  /** The facets of a JSON Schema, with draft-06+ numeric exclusive limits. */
  private static Constraints constraints(JsonNode schema) {
    Constraints c = Constraints.of(schema);
    JsonNode exclusiveMinimum = schema.path("exclusiveMinimum");
    JsonNode exclusiveMaximum = schema.path("exclusiveMaximum");
    BigDecimal minimum = c.minimum();
    BigDecimal maximum = c.maximum();
    boolean minExclusive = c.exclusiveMinimum();
    boolean maxExclusive = c.exclusiveMaximum();
    if (exclusiveMinimum.isNumber()
        && (minimum == null || exclusiveMinimum.decimalValue().compareTo(minimum) >= 0)) {
      minimum = exclusiveMinimum.decimalValue();
      minExclusive = true;
    }
    if (exclusiveMaximum.isNumber()
        && (maximum == null || exclusiveMaximum.decimalValue().compareTo(maximum) <= 0)) {
      maximum = exclusiveMaximum.decimalValue();
      maxExclusive = true;
    }
    return new Constraints(
        null,
        c.pattern(),
        c.minLength(),
        c.maxLength(),
        minimum,
        maximum,
        minExclusive,
        maxExclusive,
        c.format());
  }
}
