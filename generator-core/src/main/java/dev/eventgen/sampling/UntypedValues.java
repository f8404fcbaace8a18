package dev.eventgen.sampling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Valid values of an untyped value's schema (a value of no one Java type, which the generated
 * record checks against its schema's rules). Only plain shapes are made; a schema with combinators,
 * {@code not}, conditionals or patterns gives none, so an optional field holding it is left out of
 * a sample.
 */
final class UntypedValues {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** Keywords whose meaning this generator does not model. */
  private static final Set<String> UNMODELLED =
      Set.of(
          "not",
          "if",
          "contains",
          "dependencies",
          "patternProperties",
          "propertyNames",
          "pattern",
          "$ref");

  /** How a sample failure says that no value at all meets the schema (a fault of the spec). */
  static final String UNSATISFIABLE = "the schema admits no value";

  private UntypedValues() {}

  /** A value the schema accepts, or empty if the schema is beyond plain shapes. */
  static Optional<JsonNode> of(JsonNode schema, Random random) {
    if (schema.isBoolean()) {
      return schema.asBoolean() ? Optional.of(JSON.textNode("x")) : Optional.empty();
    }
    if (schema.has("const")) {
      return Optional.of(schema.get("const"));
    }
    if (schema.has("enum") && !schema.get("enum").isEmpty()) {
      JsonNode values = schema.get("enum");
      return Optional.of(values.get(random.nextInt(values.size())));
    }
    if (schema.has("allOf")) {
      return of(merged(schema), random);
    }
    if (schema.has("anyOf") || schema.has("oneOf") && disjoint(schema.get("oneOf"))) {
      JsonNode branches = schema.has("anyOf") ? schema.get("anyOf") : schema.get("oneOf");
      ObjectNode rest = ((ObjectNode) schema).deepCopy();
      rest.remove(List.of("anyOf", "oneOf"));
      ObjectNode branch = rest.deepCopy();
      JsonNode chosen = branches.get(random.nextInt(branches.size()));
      if (!chosen.isObject()) {
        return Optional.empty();
      }
      branch.setAll((ObjectNode) chosen);
      return of(branch, random);
    }
    if (schema.has("oneOf")) {
      return Optional.empty();
    }
    for (String keyword : UNMODELLED) {
      if (schema.has(keyword)) {
        return Optional.empty();
      }
    }
    return switch (type(schema)) {
      case "object" -> object(schema, random);
      case "array" -> array(schema, random);
      case "integer", "number" -> number(schema);
      case "boolean" -> Optional.of(JSON.booleanNode(random.nextBoolean()));
      case "null" -> Optional.of(JSON.nullNode());
      default -> text(schema, random);
    };
  }

  /** The schema with its {@code allOf} parts' keywords in it, properties and required joined. */
  private static JsonNode merged(JsonNode schema) {
    ObjectNode merged = ((ObjectNode) schema).deepCopy();
    merged.remove("allOf");
    ObjectNode properties = JSON.objectNode();
    ArrayNode required = JSON.arrayNode();
    List<JsonNode> parts = new ArrayList<>();
    parts.add(schema);
    for (JsonNode part : schema.get("allOf")) {
      parts.add(part.has("allOf") ? merged(part) : part);
    }
    for (JsonNode part : parts) {
      if (part.isObject()) {
        part.properties().stream()
            .filter(field -> !field.getKey().equals("allOf"))
            .forEach(field -> merged.set(field.getKey(), field.getValue()));
        if (part.path("properties").isObject()) {
          properties.setAll((ObjectNode) part.get("properties"));
        }
        part.path("required").forEach(required::add);
      }
    }
    requireSatisfiable(parts, required);
    if (!properties.isEmpty()) {
      merged.set("properties", properties);
    }
    if (!required.isEmpty()) {
      merged.set("required", required);
    }
    return merged;
  }

  /**
   * Refuses parts where one says {@code additionalProperties: false} and another requires a
   * property the first does not list: that keyword sees only its own schema's {@code properties},
   * so no value meets both (a common slip in specs).
   */
  private static void requireSatisfiable(List<JsonNode> parts, ArrayNode required) {
    for (JsonNode part : parts) {
      JsonNode additional = part.path("additionalProperties");
      if (additional.isBoolean() && !additional.asBoolean()) {
        for (JsonNode name : required) {
          if (!part.path("properties").has(name.asText())) {
            throw new SampleException(
                "",
                UNSATISFIABLE
                    + ": additionalProperties false refuses '"
                    + name.asText()
                    + "', which allOf requires");
          }
        }
      }
    }
  }

  /** Whether no value can be of two branches' types (each branch names one type). */
  private static boolean disjoint(JsonNode branches) {
    Set<String> seen = new HashSet<>();
    for (JsonNode branch : branches) {
      String type = branch.path("type").asText("");
      boolean overlaps =
          type.isEmpty() || !seen.add(type) || seen.contains("number") && seen.contains("integer");
      if (overlaps) {
        return false;
      }
    }
    return true;
  }

  /** The schema's type, the first that is not null of a list, or the one its keywords imply. */
  private static String type(JsonNode schema) {
    JsonNode type = schema.get("type");
    if (type != null && type.isTextual()) {
      return type.asText();
    }
    if (type != null && type.isArray()) {
      for (JsonNode one : type) {
        if (!"null".equals(one.asText())) {
          return one.asText();
        }
      }
      return "null";
    }
    if (schema.has("properties") || schema.has("required")) {
      return "object";
    }
    return schema.has("items") ? "array" : "string";
  }

  private static Optional<JsonNode> object(JsonNode schema, Random random) {
    ObjectNode node = JSON.objectNode();
    JsonNode properties = schema.path("properties");
    for (JsonNode name : schema.path("required")) {
      JsonNode property = properties.get(name.asText());
      Optional<JsonNode> value =
          property == null ? Optional.of(JSON.textNode("x")) : of(property, random);
      if (value.isEmpty()) {
        return Optional.empty();
      }
      node.set(name.asText(), value.get());
    }
    boolean tooFew = node.size() < schema.path("minProperties").asInt(0);
    return tooFew ? Optional.empty() : Optional.of(node);
  }

  private static Optional<JsonNode> array(JsonNode schema, Random random) {
    int size = schema.path("minItems").asInt(0);
    JsonNode items = schema.get("items");
    if (size > 1 && schema.path("uniqueItems").asBoolean() || items != null && items.isArray()) {
      return Optional.empty();
    }
    ArrayNode node = JSON.arrayNode();
    for (int i = 0; i < size; i++) {
      Optional<JsonNode> item = items == null ? Optional.of(JSON.textNode("x")) : of(items, random);
      if (item.isEmpty()) {
        return Optional.empty();
      }
      node.add(item.get());
    }
    return Optional.of(node);
  }

  /** The least number the bounds and {@code multipleOf} allow (zero if unbounded below). */
  private static Optional<JsonNode> number(JsonNode schema) {
    BigDecimal step = schema.has("multipleOf") ? schema.get("multipleOf").decimalValue() : null;
    BigDecimal value = BigDecimal.ZERO;
    if (schema.has("minimum")) {
      value = schema.get("minimum").decimalValue();
    }
    if (schema.path("exclusiveMinimum").isNumber()) {
      value = schema.get("exclusiveMinimum").decimalValue().add(BigDecimal.ONE);
    }
    if ("integer".equals(type(schema)) || step != null) {
      BigDecimal unit = step != null ? step : BigDecimal.ONE;
      value = value.divide(unit, 0, RoundingMode.CEILING).multiply(unit);
    }
    boolean tooBig =
        schema.has("maximum") && value.compareTo(schema.get("maximum").decimalValue()) > 0
            || schema.path("exclusiveMaximum").isNumber()
                && value.compareTo(schema.get("exclusiveMaximum").decimalValue()) >= 0;
    return tooBig ? Optional.empty() : Optional.of(JSON.numberNode(value));
  }

  private static Optional<JsonNode> text(JsonNode schema, Random random) {
    if (schema.has("format")) {
      // a format this generator does not know is one the generated code does not check either
      String formatted = Texts.formatted(schema.get("format").asText(), random);
      return Optional.of(JSON.textNode(formatted != null ? formatted : "x"));
    }
    int min = schema.path("minLength").asInt(0);
    int max = schema.path("maxLength").asInt(Math.max(min, 8));
    return min > max ? Optional.empty() : Optional.of(JSON.textNode(Texts.ofLength(max, random)));
  }
}
