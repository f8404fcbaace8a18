package dev.eventgen.runtime.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

/**
 * Derives from one valid sample every variant that breaks a single rule the generated code
 * enforces: a required property removed, a value of the wrong JSON type, a number out of range, a
 * string of the wrong length or not matching its pattern, a value outside the enum, a value other
 * than the const. Facets of list items and map values are not rules of the records (only their
 * types are), so only their types are broken.
 */
final class Violations {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final SampleSchema schema;
  private final Instances instances;
  private final Random random;
  private final JsonNode root;
  private final List<InvalidSample> found = new ArrayList<>();

  private Violations(SampleSchema schema, Instances instances, Random random, JsonNode root) {
    this.schema = schema;
    this.instances = instances;
    this.random = random;
    this.root = root;
  }

  /** Every single-rule violation of {@code valid}, an instance of {@code type}. */
  static List<InvalidSample> of(
      SampleSchema schema, Instances instances, Random random, JsonNode type, JsonNode valid) {
    Violations violations = new Violations(schema, instances, random, valid);
    violations.walk(type, valid, "", true);
    return List.copyOf(violations.found);
  }

  /**
   * @param checked the records check this value's facets: it is a property of an object, or the
   *     payload itself, not an item of a list or a value of a map
   */
  private void walk(JsonNode type, JsonNode node, String pointer, boolean checked) {
    JsonNode resolved = schema.resolve(type);
    switch (resolved.path("kind").asText()) {
      case "ENUM" -> {
        replace(pointer, Rule.WRONG_TYPE, JSON.objectNode().put("unexpected", true), "an object");
        outsideEnum(resolved).ifPresent(v -> replace(pointer, Rule.ENUM, v, v + ", no enum value"));
      }
      case "OBJECT" -> {
        replace(pointer, Rule.WRONG_TYPE, JSON.numberNode(42), "a number for an object");
        properties(resolved, (ObjectNode) node, pointer);
      }
      case "LIST" -> {
        replace(pointer, Rule.WRONG_TYPE, JSON.numberNode(42), "a number for a list");
        if (checked) {
          itemCount(resolved, (ArrayNode) node, pointer);
        }
        if (!node.isEmpty()) {
          walk(resolved.path("items"), node.get(0), pointer + "/0", false);
        }
      }
      case "MAP" -> {
        replace(pointer, Rule.WRONG_TYPE, JSON.numberNode(42), "a number for a map");
        Iterator<Map.Entry<String, JsonNode>> entries = node.properties().iterator();
        if (entries.hasNext()) {
          Map.Entry<String, JsonNode> first = entries.next();
          walk(
              resolved.path("values"),
              first.getValue(),
              pointer + "/" + Instances.escape(first.getKey()),
              false);
        }
      }
      // a union: only its shape is broken, as which variant a change leads to is Jackson's call
      case "UNION" ->
          replace(pointer, Rule.WRONG_TYPE, JSON.numberNode(42), "a number for an object");
      default -> scalar(resolved, pointer, checked);
    }
  }

  private void properties(JsonNode object, ObjectNode node, String pointer) {
    for (JsonNode property : object.path("properties")) {
      String name = property.path("name").asText();
      JsonNode value = node.get(name);
      String at = pointer + "/" + Instances.escape(name);
      if (value == null) {
        continue;
      }
      if (property.path("required").asBoolean()) {
        variant(
            Rule.MISSING_REQUIRED,
            at,
            "'" + name + "' is absent",
            copy -> {
              ((ObjectNode) copy.at(pointer)).remove(name);
              return copy;
            });
      }
      walk(property.path("type"), value, at, true);
    }
  }

  private void scalar(JsonNode scalar, String pointer, boolean checked) {
    Kind kind = Kind.of(scalar.path("kind").asText());
    if (kind == Kind.ANY) {
      return;
    }
    replace(pointer, Rule.WRONG_TYPE, wrongType(kind), "a value of another JSON type");
    if (!checked) {
      return;
    }
    Constraints c = Constraints.of(scalar);
    if (c.constValue() != null) {
      if (Facets.checksConst(kind)) {
        otherThan(kind, c).ifPresent(v -> replace(pointer, Rule.CONST, v, v + ", not the const"));
      }
      return; // a const value leaves nothing else to vary
    }
    if (kind == Kind.STRING) {
      if (c.minLength() != null && c.minLength() > 0) {
        Texts.outsideLength(c, true, random)
            .ifPresent(t -> replace(pointer, Rule.LENGTH, JSON.textNode(t), "too short"));
      }
      if (c.maxLength() != null) {
        Texts.outsideLength(c, false, random)
            .ifPresent(t -> replace(pointer, Rule.LENGTH, JSON.textNode(t), "too long"));
      }
      if (c.pattern() != null) {
        Texts.notMatching(c, random)
            .ifPresent(t -> replace(pointer, Rule.PATTERN, JSON.textNode(t), "'" + t + "'"));
      }
    }
    if (isNumber(kind)) {
      outOfRange(kind, c, pointer);
    }
  }

  private void outOfRange(Kind kind, Constraints c, String pointer) {
    boolean integral = kind == Kind.INT || kind == Kind.LONG || kind == Kind.BIG_INTEGER;
    if (c.minimum() != null && !vacuous(kind, c.minimum().negate())) {
      JsonNode below =
          integral
              ? JSON.numberNode(Scalars.lowestInteger(c).subtract(BigInteger.ONE))
              : decimal(
                  kind, c.exclusiveMinimum() ? c.minimum() : c.minimum().subtract(BigDecimal.ONE));
      if (Facets.readable(kind, below)) {
        replace(pointer, Rule.OUT_OF_RANGE, below, below + " below the minimum");
      }
    }
    if (c.maximum() != null && !vacuous(kind, c.maximum())) {
      JsonNode above =
          integral
              ? JSON.numberNode(Scalars.highestInteger(c).add(BigInteger.ONE))
              : decimal(kind, c.exclusiveMaximum() ? c.maximum() : c.maximum().add(BigDecimal.ONE));
      if (Facets.readable(kind, above)) {
        replace(pointer, Rule.OUT_OF_RANGE, above, above + " above the maximum");
      }
    }
  }

  private static boolean isNumber(Kind kind) {
    return switch (kind) {
      case INT, LONG, BIG_INTEGER, DOUBLE, BIG_DECIMAL -> true;
      default -> false;
    };
  }

  /** The records leave out a limit no value of an int or long component can pass. */
  private static boolean vacuous(Kind kind, BigDecimal upper) {
    return switch (kind) {
      case INT -> upper.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) >= 0;
      case LONG -> upper.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) >= 0;
      default -> false;
    };
  }

  private static JsonNode decimal(Kind kind, BigDecimal value) {
    return kind == Kind.DOUBLE ? JSON.numberNode(value.doubleValue()) : JSON.numberNode(value);
  }

  private void itemCount(JsonNode list, ArrayNode node, String pointer) {
    Integer minItems = Constraints.integer(list, "minItems");
    Integer maxItems = Constraints.integer(list, "maxItems");
    if (minItems != null && minItems > 0) {
      variant(
          Rule.LENGTH,
          pointer,
          "fewer items than minItems",
          copy -> {
            ArrayNode items = (ArrayNode) copy.at(pointer);
            while (items.size() >= minItems) {
              items.remove(items.size() - 1);
            }
            return copy;
          });
    }
    if (maxItems != null && maxItems < 1000) {
      variant(
          Rule.LENGTH,
          pointer,
          "more items than maxItems",
          copy -> {
            ArrayNode items = (ArrayNode) copy.at(pointer);
            while (items.size() <= maxItems) {
              items.add(instances.of(list.path("items"), pointer + "/" + items.size(), 0));
            }
            return copy;
          });
    }
  }

  /** A JSON value Jackson refuses for the kind (it coerces no scalar into another type). */
  private static JsonNode wrongType(Kind kind) {
    return switch (kind) {
      case BOOLEAN -> JSON.textNode("yes");
      // text that is no number either, so the value stays wrong where it travels as text (syslog)
      case INT, LONG, BIG_INTEGER, DOUBLE, BIG_DECIMAL -> JSON.textNode("n/a");
      case STRING, BYTES -> JSON.booleanNode(true);
      // Jackson reads these from the text of any scalar token (true as "true"): an array it is not
      default -> JSON.arrayNode().add("unexpected");
    };
  }

  private Optional<JsonNode> outsideEnum(JsonNode type) {
    JsonNode values = type.path("enum");
    JsonNode candidate =
        switch (type.path("base").asText()) {
          case "STRING" ->
              JSON.textNode(values.isEmpty() ? "x" : values.get(0).asText() + "_UNKNOWN");
          case "BOOLEAN" -> JSON.booleanNode(!values.toString().contains("true"));
          default -> {
            BigDecimal max = BigDecimal.ZERO;
            for (JsonNode value : values) {
              max = value.isNumber() ? max.max(value.decimalValue()) : max;
            }
            yield Scalars.number(max.add(BigDecimal.ONE));
          }
        };
    return Facets.accepts(schema, type, candidate) ? Optional.empty() : Optional.of(candidate);
  }

  private Optional<JsonNode> otherThan(Kind kind, Constraints c) {
    JsonNode value = c.constValue();
    JsonNode other =
        switch (kind) {
          case BOOLEAN -> JSON.booleanNode(!value.asBoolean());
          case STRING -> JSON.textNode(value.asText().isEmpty() ? "x" : value.asText() + "x");
          default ->
              value.isNumber()
                  ? Scalars.number(value.decimalValue().add(BigDecimal.ONE))
                  : JSON.numberNode(0);
        };
    return Facets.readable(kind, other) ? Optional.of(other) : Optional.empty();
  }

  private void replace(String pointer, Rule rule, JsonNode value, String detail) {
    variant(
        rule,
        pointer,
        detail,
        copy -> {
          if (pointer.isEmpty()) {
            return value;
          }
          int slash = pointer.lastIndexOf('/');
          JsonNode parent = copy.at(pointer.substring(0, slash));
          String token = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
          if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(token), value);
          } else {
            ((ObjectNode) parent).set(token, value);
          }
          return copy;
        });
  }

  private void variant(
      Rule rule, String pointer, String detail, Function<JsonNode, JsonNode> change) {
    try {
      found.add(new InvalidSample(rule, pointer, detail, change.apply(root.deepCopy())));
    } catch (SampleException e) {
      // no value to add past maxItems: that variant is not made
    }
  }
}
