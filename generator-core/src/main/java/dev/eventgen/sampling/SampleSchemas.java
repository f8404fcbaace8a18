package dev.eventgen.sampling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventgen.model.Api;
import dev.eventgen.model.EnumType;
import dev.eventgen.model.ListType;
import dev.eventgen.model.MapType;
import dev.eventgen.model.Message;
import dev.eventgen.model.NamedType;
import dev.eventgen.model.ObjectType;
import dev.eventgen.model.PayloadType;
import dev.eventgen.model.Property;
import dev.eventgen.model.Scalar;
import dev.eventgen.model.Scalar.Constraints;
import dev.eventgen.model.TypeRef;
import dev.eventgen.model.UnionType;
import dev.eventgen.runtime.testkit.SampleSchema;
import java.math.BigDecimal;

/**
 * Writes an API's payload types as the document a {@link SampleSchema} reads: the types the
 * generated records read, with the facets they check, so samples made from it fit the records.
 */
public final class SampleSchemas {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private SampleSchemas() {}

  /** The sample schema document of every message and named type of the API. */
  public static ObjectNode document(Api api) {
    ObjectNode document = JSON.objectNode();
    ObjectNode types = document.putObject("types");
    for (NamedType type : api.types()) {
      types.set(type.name(), type(type));
    }
    ObjectNode messages = document.putObject("messages");
    for (Message message : api.messages()) {
      messages.set(
          message.name(), message.payload() == null ? JSON.nullNode() : type(message.payload()));
    }
    return document;
  }

  /** One type as a node of the document. */
  public static ObjectNode type(PayloadType type) {
    ObjectNode node = JSON.objectNode();
    if (type instanceof TypeRef ref) {
      return node.put("$ref", ref.name());
    }
    if (type instanceof Scalar scalar) {
      node.put("kind", scalar.kind().name());
      facets(scalar.constraints(), node);
    } else if (type instanceof EnumType enumType) {
      node.put("kind", "ENUM").put("name", enumType.name()).put("base", enumType.base().name());
      ArrayNode values = node.putArray("enum");
      enumType.values().forEach(v -> values.add(wire(v)));
    } else if (type instanceof ObjectType object) {
      node.put("kind", "OBJECT").put("name", object.name());
      ArrayNode properties = node.putArray("properties");
      for (Property property : object.properties()) {
        properties
            .addObject()
            .put("name", property.wireName())
            .put("required", property.required())
            .set("type", type(property.type()));
      }
    } else if (type instanceof ListType list) {
      node.put("kind", "LIST").set("items", type(list.items()));
      putIfSet(node, "minItems", list.minItems());
      putIfSet(node, "maxItems", list.maxItems());
    } else if (type instanceof MapType map) {
      node.put("kind", "MAP").set("values", type(map.values()));
    } else if (type instanceof UnionType union) {
      node.put("kind", "UNION").put("name", union.name());
      ArrayNode variants = node.putArray("variants");
      union.variants().forEach(v -> variants.add(type(v)));
      if (union.discriminator() != null) {
        node.put("discriminator", union.discriminator());
        ArrayNode values = node.putArray("values");
        union.variantValues().forEach(values::add);
      }
    }
    return node;
  }

  private static void facets(Constraints c, ObjectNode node) {
    if (c.constValue() != null) {
      node.set("const", wire(c.constValue()));
    }
    if (c.pattern() != null) {
      node.put("pattern", c.pattern());
    }
    putIfSet(node, "minLength", c.minLength());
    putIfSet(node, "maxLength", c.maxLength());
    if (c.minimum() != null) {
      node.put("minimum", c.minimum()).put("exclusiveMinimum", c.exclusiveMinimum());
    }
    if (c.maximum() != null) {
      node.put("maximum", c.maximum()).put("exclusiveMaximum", c.exclusiveMaximum());
    }
    if (c.format() != null) {
      node.put("format", c.format());
    }
    if (c.untypedSchema() != null) {
      node.set("schema", c.untypedSchema());
    }
  }

  private static void putIfSet(ObjectNode node, String name, Integer value) {
    if (value != null) {
      node.put(name, value);
    }
  }

  /** A model wire value (String, Long, BigDecimal, Boolean) as JSON. */
  static JsonNode wire(Object value) {
    if (value instanceof Boolean flag) {
      return JSON.booleanNode(flag);
    }
    if (value instanceof Number number) {
      BigDecimal decimal = new BigDecimal(number.toString());
      return decimal.scale() <= 0
          ? JSON.numberNode(decimal.toBigIntegerExact())
          : JSON.numberNode(decimal);
    }
    return JSON.textNode(String.valueOf(value));
  }
}
