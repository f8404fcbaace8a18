package dev.eventgen.build;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventgen.diagnostic.Diagnostics;
import dev.eventgen.diagnostic.ErrorCode;
import dev.eventgen.diagnostic.Location;
import dev.eventgen.parse.Nodes;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which JSON Schema keywords a typed Java value (record, enum, list, map, scalar) can enforce. A
 * schema with a keyword that no typed value can hold ({@code not}, {@code contains}, {@code
 * minProperties}, ...) is modelled untyped, and its record checks every rule of it; what is not
 * checked at all (a format no check knows, a pattern Java cannot compile) is a warning (W011), so
 * no rule of the spec is dropped silently.
 */
final class TypedKeywords {

  /** Keywords only an untyped value's rules enforce. */
  private static final List<String> UNTYPED_ONLY =
      List.of(
          "not",
          "contains",
          "additionalItems",
          "propertyNames",
          "dependencies",
          "if",
          "minProperties",
          "maxProperties",
          "patternProperties");

  /**
   * Formats that are mapping hints or checked: Java types ({@code date-time}, {@code uuid}, ...),
   * number widths, base64 text, and the formats the runtime checks on strings.
   */
  private static final Set<String> KNOWN_FORMATS =
      Set.of(
          "date-time",
          "date",
          "time",
          "uuid",
          "uri",
          "uri-reference",
          "byte",
          "binary",
          "int32",
          "int64",
          "float",
          "double",
          "email",
          "ipv4",
          "ipv6",
          "hostname");

  private TypedKeywords() {}

  /**
   * The first keyword of the (flattened) schema that no typed value can enforce, or null. An object
   * without properties is a map, which cannot hold {@code required} either.
   */
  static String withoutTypedForm(JsonNode original, JsonNode s) {
    JsonNode allOf = original.path("allOf");
    if (allOf.isArray()) {
      boolean booleanPart = false;
      for (JsonNode part : allOf) {
        booleanPart |= part.isBoolean();
      }
      // Merging parts into one schema changes what additionalProperties sees, and drops false.
      if (booleanPart || original.has("additionalProperties")) {
        return "allOf";
      }
    }
    if (s.has("oneOf") && s.has("anyOf")) {
      return "anyOf";
    }
    for (String keyword : UNTYPED_ONLY) {
      if (s.has(keyword)) {
        return keyword;
      }
    }
    boolean map = "object".equals(SchemaTypes.type(s)) && !SchemaMapper.isRecord(s);
    if (map && s.path("required").isArray() && !s.get("required").isEmpty()) {
      return "required";
    }
    String type = SchemaTypes.type(s);
    boolean container = "object".equals(type) || "array".equals(type);
    if (container && (s.has("const") || s.has("enum"))) {
      return s.has("const") ? "const" : "enum";
    }
    return null;
  }

  /** Warns (W011) about what the schema asks that nothing checks. */
  static void warnUnchecked(JsonNode s, Location at, Diagnostics diagnostics) {
    String format = Nodes.text(s, "format");
    if (format != null && !KNOWN_FORMATS.contains(format)) {
      ErrorCode.W011.report(
          diagnostics, at, "format '" + format + "' is not checked: it is an annotation here");
    }
    String pattern = Nodes.text(s, "pattern");
    if (pattern != null && !compiles(pattern)) {
      ErrorCode.W011.report(
          diagnostics, at, "pattern '" + pattern + "' is not checked: Java cannot compile it");
    }
  }

  private static boolean compiles(String regex) {
    try {
      Pattern.compile(regex);
      return true;
    } catch (PatternSyntaxException e) {
      return false;
    }
  }
}
