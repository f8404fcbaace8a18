package dev.eventgen.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The checks of values a record holds untyped, as a {@link JsonNode}: a schema with several types,
 * no type, or a {@code not}/{@code anyOf} of scalars has no one Java type, but every rule of it
 * still holds. Generated records compose one {@link Rule} per such schema, once, as a constant:
 *
 * <pre>{@code
 * private static final JsonRules.Rule VALUE_RULE =
 *     JsonRules.allOf(JsonRules.type("integer", "string"), JsonRules.minLength(2));
 * }</pre>
 *
 * <p>As in JSON Schema, a rule about one JSON type passes values of another: {@code minLength}
 * passes a number. Numbers compare by value ({@code 1.0} equals {@code 1}); strings count code
 * points.
 */
public final class JsonRules {
  private JsonRules() {}

  /** One schema's checks of a value. */
  @FunctionalInterface
  public interface Rule {
    /**
     * The first violation of the rule, or null if {@code value} satisfies it.
     *
     * @param value the value, never null ({@code NullNode} for JSON null)
     * @param pointer where the value is, relative to the checked component ({@code ""} for it)
     */
    Failure check(JsonNode value, String pointer);
  }

  /**
   * A violated rule.
   *
   * @param kind the rule's kind of problem
   * @param pointer where, relative to the checked component ({@code /items/2})
   * @param message what is wrong, for people
   */
  public record Failure(Problem.Kind kind, String pointer, String message) {}

  private static final ObjectMapper LITERALS = EventJson.newMapper();

  /**
   * A JSON value written in a generated rule ({@code enum} and {@code const} values), read exactly.
   *
   * @throws IllegalArgumentException if {@code json} is not JSON (a generator bug)
   */
  public static JsonNode json(String json) {
    try {
      return LITERALS.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("not JSON: " + json, e);
    }
  }

  /** The {@code false} schema: no value is allowed. */
  public static Rule nothing() {
    return (value, at) -> new Failure(Problem.Kind.FORBIDDEN_VALUE, at, "no value is allowed here");
  }

  /** {@code type}: the value is of one of the JSON types; 1.0 is an integer. */
  public static Rule type(String... types) {
    List<String> allowed = List.of(types);
    return (value, at) -> {
      for (String type : allowed) {
        if (isType(value, type)) {
          return null;
        }
      }
      return new Failure(
          Problem.Kind.WRONG_TYPE, at, "must be of type " + String.join(" or ", allowed));
    };
  }

  /** {@code enum}: the value equals one of {@code values}. */
  public static Rule anyValueOf(JsonNode... values) {
    return (value, at) -> {
      for (JsonNode allowed : values) {
        if (same(value, allowed)) {
          return null;
        }
      }
      return new Failure(Problem.Kind.UNKNOWN_ENUM_VALUE, at, value + " is not listed");
    };
  }

  /** {@code const}: the value equals {@code expected}. */
  public static Rule constant(JsonNode expected) {
    return (value, at) ->
        same(value, expected)
            ? null
            : new Failure(Problem.Kind.CONST_MISMATCH, at, "must be " + expected);
  }

  /** {@code minLength} of a string, in code points. */
  public static Rule minLength(int min) {
    return (value, at) ->
        value.isTextual() && length(value) < min
            ? new Failure(Problem.Kind.LENGTH, at, "must be at least " + min + " characters long")
            : null;
  }

  /** {@code maxLength} of a string, in code points. */
  public static Rule maxLength(int max) {
    return (value, at) ->
        value.isTextual() && length(value) > max
            ? new Failure(Problem.Kind.LENGTH, at, "must be at most " + max + " characters long")
            : null;
  }

  /** {@code pattern} of a string: a match anywhere, JSON Schema patterns are not anchored. */
  public static Rule pattern(Pattern pattern) {
    return (value, at) ->
        value.isTextual() && !pattern.matcher(value.textValue()).find()
            ? new Failure(Problem.Kind.PATTERN_MISMATCH, at, "must match " + pattern.pattern())
            : null;
  }

  /** {@code format} of a string, for the formats {@link Formats} knows. */
  public static Rule format(String format) {
    return (value, at) ->
        value.isTextual() && !Formats.valid(format, value.textValue())
            ? new Failure(Problem.Kind.INVALID_FORMAT, at, "must be a valid " + format)
            : null;
  }

  /** {@code minimum} ({@code exclusive}: {@code exclusiveMinimum}) of a number, exactly. */
  public static Rule minimum(String limit, boolean exclusive) {
    BigDecimal min = new BigDecimal(limit);
    return (value, at) -> {
      if (!value.isNumber()) {
        return null;
      }
      int sign = value.decimalValue().compareTo(min);
      return sign < 0 || exclusive && sign == 0
          ? new Failure(
              Problem.Kind.OUT_OF_RANGE, at, "must be " + (exclusive ? "> " : ">= ") + limit)
          : null;
    };
  }

  /** {@code maximum} ({@code exclusive}: {@code exclusiveMaximum}) of a number, exactly. */
  public static Rule maximum(String limit, boolean exclusive) {
    BigDecimal max = new BigDecimal(limit);
    return (value, at) -> {
      if (!value.isNumber()) {
        return null;
      }
      int sign = value.decimalValue().compareTo(max);
      return sign > 0 || exclusive && sign == 0
          ? new Failure(
              Problem.Kind.OUT_OF_RANGE, at, "must be " + (exclusive ? "< " : "<= ") + limit)
          : null;
    };
  }

  /** {@code multipleOf} of a number, exactly: {@code 0.0075} is a multiple of {@code 0.0001}. */
  public static Rule multipleOf(String divisor) {
    BigDecimal factor = new BigDecimal(divisor);
    return (value, at) ->
        value.isNumber() && !Checks.isMultiple(value.decimalValue(), factor)
            ? new Failure(Problem.Kind.NOT_MULTIPLE_OF, at, "must be a multiple of " + divisor)
            : null;
  }

  /** {@code minItems} of an array. */
  public static Rule minItems(int min) {
    return (value, at) ->
        value.isArray() && value.size() < min
            ? new Failure(Problem.Kind.ITEM_COUNT, at, "must have at least " + min + " items")
            : null;
  }

  /** {@code maxItems} of an array. */
  public static Rule maxItems(int max) {
    return (value, at) ->
        value.isArray() && value.size() > max
            ? new Failure(Problem.Kind.ITEM_COUNT, at, "must have at most " + max + " items")
            : null;
  }

  /** {@code uniqueItems: true}: no two items of an array are equal. */
  public static Rule uniqueItems() {
    return (value, at) -> {
      if (!value.isArray()) {
        return null;
      }
      for (int i = 1; i < value.size(); i++) {
        for (int j = 0; j < i; j++) {
          if (same(value.get(i), value.get(j))) {
            return new Failure(Problem.Kind.DUPLICATE_ITEMS, at + '/' + i, "repeats item " + j);
          }
        }
      }
      return null;
    };
  }

  /** {@code items} as one schema: every item of an array satisfies {@code item}. */
  public static Rule items(Rule item) {
    return (value, at) -> {
      if (!value.isArray()) {
        return null;
      }
      for (int i = 0; i < value.size(); i++) {
        Failure failure = item.check(value.get(i), at + '/' + i);
        if (failure != null) {
          return failure;
        }
      }
      return null;
    };
  }

  /**
   * {@code items} as a list with {@code additionalItems}: item {@code i} satisfies {@code
   * positions[i]}, items past them satisfy {@code additional} (null: any item).
   */
  public static Rule tuple(List<Rule> positions, Rule additional) {
    return (value, at) -> {
      if (!value.isArray()) {
        return null;
      }
      for (int i = 0; i < value.size(); i++) {
        Rule rule = i < positions.size() ? positions.get(i) : additional;
        String where = at + '/' + i;
        Failure failure = rule == null ? null : rule.check(value.get(i), where);
        if (failure != null) {
          boolean tooMany =
              i >= positions.size()
                  && failure.kind() == Problem.Kind.FORBIDDEN_VALUE
                  && failure.pointer().equals(where);
          return tooMany
              ? new Failure(
                  Problem.Kind.ITEM_COUNT,
                  where,
                  "must have at most " + positions.size() + " items")
              : failure;
        }
      }
      return null;
    };
  }

  /** {@code contains}: at least one item of an array satisfies {@code item}. */
  public static Rule contains(Rule item) {
    return (value, at) -> {
      if (!value.isArray()) {
        return null;
      }
      for (JsonNode element : value) {
        if (item.check(element, at) == null) {
          return null;
        }
      }
      return new Failure(Problem.Kind.NO_MATCHING_VARIANT, at, "no item matches 'contains'");
    };
  }

  /** {@code minProperties} of an object. */
  public static Rule minProperties(int min) {
    return (value, at) ->
        value.isObject() && value.size() < min
            ? new Failure(
                Problem.Kind.PROPERTY_COUNT, at, "must have at least " + min + " properties")
            : null;
  }

  /** {@code maxProperties} of an object. */
  public static Rule maxProperties(int max) {
    return (value, at) ->
        value.isObject() && value.size() > max
            ? new Failure(
                Problem.Kind.PROPERTY_COUNT, at, "must have at most " + max + " properties")
            : null;
  }

  /** {@code required}: an object has every one of {@code names}. */
  public static Rule required(String... names) {
    return (value, at) -> {
      if (!value.isObject()) {
        return null;
      }
      for (String name : names) {
        if (!value.has(name)) {
          return new Failure(
              Problem.Kind.MISSING_FIELD,
              JsonPointers.property(at, name),
              "required property '" + name + "' is missing");
        }
      }
      return null;
    };
  }

  /**
   * {@code properties}, {@code patternProperties} and {@code additionalProperties} of an object:
   * each property satisfies its named rule, and the rule of every pattern its name matches; one
   * that is neither named nor matched satisfies {@code additional} (null: anything is allowed).
   */
  public static Rule properties(
      Map<String, Rule> named, Map<Pattern, Rule> patterned, Rule additional) {
    return (value, at) -> {
      if (!value.isObject()) {
        return null;
      }
      for (Map.Entry<String, JsonNode> field : value.properties()) {
        String name = field.getKey();
        String where = JsonPointers.property(at, name);
        boolean matched = false;
        Rule rule = named.get(name);
        if (rule != null) {
          matched = true;
          Failure failure = rule.check(field.getValue(), where);
          if (failure != null) {
            return failure;
          }
        }
        for (Map.Entry<Pattern, Rule> pattern : patterned.entrySet()) {
          if (pattern.getKey().matcher(name).find()) {
            matched = true;
            Failure failure = pattern.getValue().check(field.getValue(), where);
            if (failure != null) {
              return failure;
            }
          }
        }
        if (!matched && additional != null) {
          Failure failure = additional.check(field.getValue(), where);
          if (failure != null) {
            return failure.kind() == Problem.Kind.FORBIDDEN_VALUE && failure.pointer().equals(where)
                ? new Failure(
                    Problem.Kind.UNEXPECTED_PROPERTY,
                    where,
                    "property '" + name + "' is not allowed")
                : failure;
          }
        }
      }
      return null;
    };
  }

  /** {@code propertyNames}: every property name, as a string, satisfies {@code name}. */
  public static Rule propertyNames(Rule name) {
    return (value, at) -> {
      if (!value.isObject()) {
        return null;
      }
      for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
        String key = names.next();
        Failure failure =
            name.check(
                com.fasterxml.jackson.databind.node.TextNode.valueOf(key),
                JsonPointers.property(at, key));
        if (failure != null) {
          return new Failure(
              Problem.Kind.UNEXPECTED_PROPERTY,
              failure.pointer(),
              "property name '" + key + "': " + failure.message());
        }
      }
      return null;
    };
  }

  /**
   * {@code dependencies}: when an object has property {@code name}, it also satisfies {@code then}
   * (a schema, or {@link #required} for a list of names).
   */
  public static Rule dependency(String name, Rule then) {
    return (value, at) -> value.isObject() && value.has(name) ? then.check(value, at) : null;
  }

  /**
   * {@code if}/{@code then}/{@code else}: {@code then} if {@code test} holds, else {@code other}.
   */
  public static Rule conditional(Rule test, Rule then, Rule other) {
    return (value, at) -> {
      Rule next = test.check(value, at) == null ? then : other;
      return next == null ? null : next.check(value, at);
    };
  }

  /** {@code allOf}, and the keywords of one schema together: every rule holds. */
  public static Rule allOf(Rule... rules) {
    return (value, at) -> {
      for (Rule rule : rules) {
        Failure failure = rule.check(value, at);
        if (failure != null) {
          return failure;
        }
      }
      return null;
    };
  }

  /** {@code anyOf}: at least one rule holds. */
  public static Rule anyOf(Rule... rules) {
    return (value, at) -> {
      for (Rule rule : rules) {
        if (rule.check(value, at) == null) {
          return null;
        }
      }
      return new Failure(Problem.Kind.NO_MATCHING_VARIANT, at, "matches none of anyOf");
    };
  }

  /** {@code oneOf}: exactly one rule holds. */
  public static Rule oneOf(Rule... rules) {
    return (value, at) -> {
      int matches = 0;
      for (Rule rule : rules) {
        if (rule.check(value, at) == null) {
          matches++;
        }
      }
      return matches == 1
          ? null
          : new Failure(
              Problem.Kind.NO_MATCHING_VARIANT, at, "matches " + matches + " of oneOf, not one");
    };
  }

  /** {@code not}: the rule does not hold. */
  public static Rule not(Rule rule) {
    return (value, at) ->
        rule.check(value, at) == null
            ? new Failure(Problem.Kind.FORBIDDEN_VALUE, at, "matches a schema it must not")
            : null;
  }

  /** JSON equality: numbers by value ({@code 1.0} is {@code 1}), containers item by item. */
  public static boolean same(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!same(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a.isObject() && b.isObject()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (Map.Entry<String, JsonNode> field : a.properties()) {
        JsonNode other = b.get(field.getKey());
        if (other == null || !same(field.getValue(), other)) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }

  /** True if the value is of the JSON type; an integer is a number without a fraction. */
  static boolean isType(JsonNode value, String type) {
    return switch (type) {
      case "null" -> value.isNull();
      case "boolean" -> value.isBoolean();
      case "string" -> value.isTextual();
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      case "number" -> value.isNumber();
      case "integer" ->
          value.isIntegralNumber()
              || value.isNumber() && Checks.isMultiple(value.decimalValue(), BigDecimal.ONE);
      default -> false;
    };
  }

  private static int length(JsonNode value) {
    String text = value.textValue();
    return text.codePointCount(0, text.length());
  }
}
