package dev.eventgen.runtime.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Whether a JSON value is one the generated code accepts for a scalar or enum field: the JSON type
 * its Java type is read from (no coercion), and the facets the records check ({@code const},
 * lengths in code points, range, {@code pattern} searched as JSON Schema does).
 */
final class Facets {

  /** Compiled patterns by regex, as samples check the same few over and over. */
  private static final Map<String, Optional<Pattern>> PATTERNS = new ConcurrentHashMap<>();

  private Facets() {}

  /**
   * True if {@code value} is acceptable for {@code type}; objects, lists and maps are not judged.
   */
  static boolean accepts(SampleSchema schema, JsonNode type, JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return false;
    }
    JsonNode resolved = schema.resolve(type);
    String kind = resolved.path("kind").asText();
    if (kind.equals("ENUM")) {
      for (JsonNode allowed : resolved.path("enum")) {
        if (sameValue(allowed, value)) {
          return true;
        }
      }
      return false;
    }
    if (resolved.has("schema")) {
      return false; // an untyped value's JSON Schema is not judged here: no hint for it
    }
    if (isScalar(kind)) {
      Kind scalar = Kind.of(kind);
      return readable(scalar, value) && withinFacets(scalar, Constraints.of(resolved), value);
    }
    return false;
  }

  /** True if the kind of a type node is a scalar one. */
  static boolean isScalar(String kind) {
    return switch (kind) {
      case "ENUM", "OBJECT", "LIST", "MAP", "UNION" -> false;
      default -> true;
    };
  }

  /** True if Jackson reads {@code value} as the kind's Java type without coercing it. */
  static boolean readable(Kind kind, JsonNode value) {
    return switch (kind) {
      case STRING -> value.isTextual();
      case BOOLEAN -> value.isBoolean();
      case INT -> value.isIntegralNumber() && value.canConvertToInt();
      case LONG -> value.isIntegralNumber() && value.canConvertToLong();
      case BIG_INTEGER -> value.isIntegralNumber();
      case DOUBLE, BIG_DECIMAL -> value.isNumber();
      case DATE_TIME -> value.isTextual() && parses(() -> OffsetDateTime.parse(value.asText()));
      case DATE -> value.isTextual() && parses(() -> LocalDate.parse(value.asText()));
      case TIME -> value.isTextual() && parses(() -> OffsetTime.parse(value.asText()));
      case UUID -> value.isTextual() && isUuid(value.asText());
      case URI -> value.isTextual() && parses(() -> URI.create(value.asText()));
      case BYTES -> value.isTextual() && parses(() -> Base64.getDecoder().decode(value.asText()));
      case ANY -> true;
    };
  }

  private static boolean withinFacets(Kind kind, Constraints c, JsonNode value) {
    if (c.constValue() != null && checksConst(kind) && !sameValue(c.constValue(), value)) {
      return false;
    }
    if (kind == Kind.STRING) {
      String text = value.asText();
      int length = text.codePointCount(0, text.length());
      if (c.minLength() != null && length < c.minLength()
          || c.maxLength() != null && length > c.maxLength()) {
        return false;
      }
      return c.pattern() == null || matches(c.pattern(), text);
    }
    if (value.isNumber()) {
      return inRange(value.decimalValue(), c);
    }
    return true;
  }

  /** The kinds whose {@code const} the records check. */
  static boolean checksConst(Kind kind) {
    return switch (kind) {
      case STRING, BOOLEAN, INT, LONG, DOUBLE, BIG_INTEGER, BIG_DECIMAL -> true;
      default -> false;
    };
  }

  static boolean inRange(BigDecimal number, Constraints c) {
    if (c.minimum() != null) {
      int cmp = number.compareTo(c.minimum());
      if (cmp < 0 || cmp == 0 && c.exclusiveMinimum()) {
        return false;
      }
    }
    if (c.maximum() != null) {
      int cmp = number.compareTo(c.maximum());
      return cmp < 0 || cmp == 0 && !c.exclusiveMaximum();
    }
    return true;
  }

  /**
   * True if the pattern finds a match in {@code text}, or cannot be compiled by Java (the records
   * leave such a pattern unchecked).
   */
  static boolean matches(String regex, String text) {
    Pattern pattern = compiled(regex);
    return pattern == null || pattern.matcher(text).find();
  }

  /** The pattern, or null if Java cannot compile it. */
  static Pattern compiled(String regex) {
    return PATTERNS.computeIfAbsent(regex, Facets::compile).orElse(null);
  }

  private static Optional<Pattern> compile(String regex) {
    try {
      return Optional.of(Pattern.compile(regex));
    } catch (PatternSyntaxException e) {
      return Optional.empty();
    }
  }

  /** A value of the schema (a const or enum value) equals the JSON value; numbers by value. */
  static boolean sameValue(JsonNode wire, JsonNode value) {
    if (wire.isNumber()) {
      return value.isNumber() && wire.decimalValue().compareTo(value.decimalValue()) == 0;
    }
    return wire.equals(value);
  }

  private static boolean isUuid(String text) {
    try {
      return UUID.fromString(text).toString().equalsIgnoreCase(text);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean parses(Runnable parse) {
    try {
      parse.run();
      return true;
    } catch (DateTimeParseException | IllegalArgumentException e) {
      return false;
    }
  }
}
