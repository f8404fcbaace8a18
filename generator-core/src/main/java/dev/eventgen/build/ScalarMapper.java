package dev.eventgen.build;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventgen.model.Scalar;
import dev.eventgen.model.Scalar.Constraints;
import dev.eventgen.model.Scalar.Kind;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * Maps a scalar schema to a {@link Scalar}: the kind from type, format and range, the rest as
 * {@link Constraints}. Integers follow one rule: {@code format: int32} is {@code INT}, {@code
 * int64} or no format is {@code LONG} whatever the bounds (so a field's Java type never changes
 * when a range is edited), except that a formatless integer with a bound beyond a long is {@code
 * BIG_INTEGER}, as a long could not hold its values; numbers without {@code float}/{@code double}
 * become {@code BIG_DECIMAL}, so values such as 95.2 round-trip unchanged. {@code binary} is read
 * as {@code BYTES}: in a JSON payload that is base64 text.
 */
final class ScalarMapper {

  private static final Map<String, Kind> STRING_FORMATS =
      Map.of(
          "date-time",
          Kind.DATE_TIME,
          "date",
          Kind.DATE,
          "time",
          Kind.TIME,
          "uuid",
          Kind.UUID,
          "uri",
          Kind.URI,
          "uri-reference",
          Kind.URI,
          "byte",
          Kind.BYTES,
          "binary",
          Kind.BYTES);

  /** The draft-07 keywords that restrict values. */
  private static final Set<String> RULE_KEYWORDS =
      Set.of(
          "type",
          "enum",
          "const",
          "multipleOf",
          "maximum",
          "exclusiveMaximum",
          "minimum",
          "exclusiveMinimum",
          "maxLength",
          "minLength",
          "pattern",
          "format",
          "items",
          "additionalItems",
          "maxItems",
          "minItems",
          "uniqueItems",
          "contains",
          "maxProperties",
          "minProperties",
          "required",
          "properties",
          "patternProperties",
          "additionalProperties",
          "dependencies",
          "propertyNames",
          "allOf",
          "anyOf",
          "oneOf",
          "not",
          "if");

  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  private ScalarMapper() {}

  /** The scalar for a schema whose effective type is given (null: no usable type). */
  static Scalar scalar(JsonNode schema, String type) {
    Constraints constraints = constraints(schema);
    Kind kind = kind(type, constraints);
    boolean rules = kind == Kind.ANY && hasRules(schema);
    return new Scalar(kind, rules ? constraints.withUntypedSchema(schema) : constraints);
  }

  /** True if the schema has a keyword that restricts values (not only titles and examples). */
  private static boolean hasRules(JsonNode schema) {
    for (var names = schema.fieldNames(); names.hasNext(); ) {
      if (RULE_KEYWORDS.contains(names.next())) {
        return true;
      }
    }
    return false;
  }

  private static Kind kind(String type, Constraints c) {
    if (type == null) {
      return Kind.ANY;
    }
    String format = c.format() == null ? "" : c.format();
    return switch (type) {
      case "string" -> STRING_FORMATS.getOrDefault(format, Kind.STRING);
      case "boolean" -> Kind.BOOLEAN;
      case "integer" -> integerKind(format, c);
      case "number" ->
          format.equals("float") || format.equals("double") ? Kind.DOUBLE : Kind.BIG_DECIMAL;
      default -> Kind.ANY;
    };
  }

  private static Kind integerKind(String format, Constraints c) {
    if (format.equals("int32")) {
      return Kind.INT;
    }
    if (format.equals("int64")) {
      return Kind.LONG;
    }
    boolean beyondLong =
        outside(c.minimum(), LONG_MIN, LONG_MAX) || outside(c.maximum(), LONG_MIN, LONG_MAX);
    return beyondLong ? Kind.BIG_INTEGER : Kind.LONG;
  }

  private static boolean outside(BigDecimal value, BigDecimal min, BigDecimal max) {
    return value != null && (value.compareTo(min) < 0 || value.compareTo(max) > 0);
  }

  static Constraints constraints(JsonNode s) {
    BigDecimal minimum = decimal(s.get("minimum"));
    BigDecimal maximum = decimal(s.get("maximum"));
    boolean exclusiveMin = s.path("exclusiveMinimum").asBoolean(false);
    boolean exclusiveMax = s.path("exclusiveMaximum").asBoolean(false);
    if (s.path("exclusiveMinimum").isNumber()) { // draft 6+: the bound itself
      minimum = decimal(s.get("exclusiveMinimum"));
      exclusiveMin = true;
    }
    if (s.path("exclusiveMaximum").isNumber()) {
      maximum = decimal(s.get("exclusiveMaximum"));
      exclusiveMax = true;
    }
    return new Constraints(
        value(s.get("const")),
        text(s, "pattern"),
        integer(s.get("minLength")),
        integer(s.get("maxLength")),
        minimum,
        maximum,
        exclusiveMin,
        exclusiveMax,
        text(s, "format"),
        positive(decimal(s.get("multipleOf"))),
        null);
  }

  /** A JSON value as the model's Java value: String, Long, BigDecimal or Boolean; else null. */
  static Object value(JsonNode node) {
    if (node == null || node.isNull() || node.isContainerNode()) {
      return null;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isIntegralNumber() && node.canConvertToLong()) {
      return node.longValue();
    }
    return node.isNumber() ? node.decimalValue() : node.asText();
  }

  private static BigDecimal positive(BigDecimal value) {
    return value != null && value.signum() > 0 ? value : null;
  }

  private static BigDecimal decimal(JsonNode node) {
    return node != null && node.isNumber() ? node.decimalValue() : null;
  }

  private static Integer integer(JsonNode node) {
    return node != null && node.canConvertToInt() && node.isIntegralNumber()
        ? node.intValue()
        : null;
  }

  private static String text(JsonNode s, String key) {
    JsonNode value = s.get(key);
    return value != null && value.isTextual() ? value.asText() : null;
  }
}
