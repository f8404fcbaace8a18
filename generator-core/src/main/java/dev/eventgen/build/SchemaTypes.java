package dev.eventgen.build;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventgen.model.Scalar;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The effective JSON type of a schema: written, or inferred from its keywords and values. */
final class SchemaTypes {

  /** Several non-null types ({@code type: [string, integer]}): no single Java type fits. */
  static final String AMBIGUOUS = "ambiguous";

  private SchemaTypes() {}

  /** {@code object}, {@code array}, {@code string}, ..., {@link #AMBIGUOUS}, or null if none. */
  static String type(JsonNode s) {
    JsonNode type = s.get("type");
    if (type != null && type.isTextual()) {
      return type.asText();
    }
    if (type != null && type.isArray()) {
      List<String> types = new ArrayList<>();
      type.forEach(
          t -> {
            if (!t.asText().equals("null")) types.add(t.asText());
          });
      return types.size() == 1 ? types.get(0) : types.isEmpty() ? null : AMBIGUOUS;
    }
    if (s.has("properties")
        || s.has("additionalProperties")
        || s.has("required")
        || s.has("patternProperties")) {
      return "object";
    }
    if (s.has("items")) {
      return "array";
    }
    if (s.has("const")) {
      return typeOf(s.get("const"));
    }
    return s.path("enum").isArray() ? commonType(s.get("enum")) : null;
  }

  /**
   * True if null is allowed: {@code type: [x, 'null']}, an {@code enum} listing null, {@code const:
   * null}, or OpenAPI's {@code nullable: true}, which means the same. A nullable property is
   * optional in the model: its Java field may be null.
   */
  static boolean nullable(JsonNode s) {
    if (s.path("nullable").asBoolean(false)) {
      return true;
    }
    for (JsonNode type : s.path("type")) {
      if (type.asText().equals("null")) {
        return true;
      }
    }
    for (JsonNode value : s.path("enum")) {
      if (value.isNull()) {
        return true;
      }
    }
    return s.has("const") && s.get("const").isNull();
  }

  /** True if the enum values (nulls aside) are of several JSON types: no single Java type fits. */
  static boolean hasMixedValues(JsonNode values) {
    return values.isArray() && commonType(values) == null && nonNullTypes(values).size() > 1;
  }

  private static Set<String> nonNullTypes(JsonNode values) {
    Set<String> types = new HashSet<>();
    values.forEach(
        v -> {
          if (!v.isNull()) types.add(typeOf(v));
        });
    return types;
  }

  private static String commonType(JsonNode values) {
    Set<String> types = nonNullTypes(values);
    if (types.equals(Set.of("integer", "number"))) {
      return "number";
    }
    return types.size() == 1 ? types.iterator().next() : null;
  }

  private static String typeOf(JsonNode value) {
    if (value.isTextual()) {
      return "string";
    }
    if (value.isBoolean()) {
      return "boolean";
    }
    if (value.isIntegralNumber()) {
      return "integer";
    }
    return value.isNumber()
        ? "number"
        : value.isObject() ? "object" : value.isArray() ? "array" : null;
  }

  /** An enum value as the model keeps it for the given type, or null if it does not fit. */
  static Object enumValue(String type, JsonNode value) {
    return switch (type) {
      case "string" -> value.isValueNode() ? value.asText() : null;
      case "integer" ->
          value.isIntegralNumber() && value.canConvertToLong() ? value.longValue() : null;
      case "number" -> value.isNumber() ? value.decimalValue() : null;
      case "boolean" -> value.isBoolean() ? value.booleanValue() : null;
      default -> null;
    };
  }

  /**
   * The base kind of an enum, or null if the type cannot be an enum. Integers follow the scalar
   * rule: {@code int32} values are {@code INT}, others {@code LONG}.
   */
  static Scalar.Kind enumBase(String type, String format, List<Object> values) {
    return switch (type) {
      case "string" -> Scalar.Kind.STRING;
      case "boolean" -> Scalar.Kind.BOOLEAN;
      case "number" -> Scalar.Kind.DOUBLE;
      case "integer" ->
          "int32".equals(format) && values.stream().allMatch(v -> fitsInt((Long) v))
              ? Scalar.Kind.INT
              : Scalar.Kind.LONG;
      default -> null;
    };
  }

  private static boolean fitsInt(long value) {
    return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE;
  }
}
