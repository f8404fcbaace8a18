package dev.eventgen.runtime.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * The facets of a scalar type of a {@link SampleSchema}; each is null when absent.
 *
 * @param constValue the {@code const} value
 */
record Constraints(
    JsonNode constValue,
    String pattern,
    Integer minLength,
    Integer maxLength,
    BigDecimal minimum,
    BigDecimal maximum,
    boolean exclusiveMinimum,
    boolean exclusiveMaximum,
    String format) {

  static Constraints of(JsonNode scalar) {
    return new Constraints(
        scalar.get("const"),
        text(scalar, "pattern"),
        integer(scalar, "minLength"),
        integer(scalar, "maxLength"),
        decimal(scalar, "minimum"),
        decimal(scalar, "maximum"),
        scalar.path("exclusiveMinimum").asBoolean(false),
        scalar.path("exclusiveMaximum").asBoolean(false),
        text(scalar, "format"));
  }

  static Integer integer(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || !value.canConvertToInt() ? null : value.intValue();
  }

  private static String text(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static BigDecimal decimal(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || !value.isNumber() ? null : value.decimalValue();
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("{");
    append(text, "const", constValue);
    append(text, "pattern", pattern);
    append(text, "minLength", minLength);
    append(text, "maxLength", maxLength);
    append(text, exclusiveMinimum ? "exclusiveMinimum" : "minimum", minimum);
    append(text, exclusiveMaximum ? "exclusiveMaximum" : "maximum", maximum);
    append(text, "format", format);
    return text.append('}').toString();
  }

  private static void append(StringBuilder text, String name, Object value) {
    if (value != null) {
      text.append(text.length() > 1 ? ", " : "").append(name).append('=').append(value);
    }
  }
}
