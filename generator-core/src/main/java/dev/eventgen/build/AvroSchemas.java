package dev.eventgen.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventgen.diagnostic.Diagnostics;
import dev.eventgen.diagnostic.ErrorCode;
import dev.eventgen.parse.Nodes;
import dev.eventgen.parse.Origins;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Translates Avro 1.x schemas into the equivalent JSON Schema, so the {@link SchemaMapper} reads
 * them like any other: records become objects (a field with a default or a {@code null} branch is
 * optional), enums string enums, maps objects with {@code additionalProperties}, unions with {@code
 * null} their other branch, other unions an {@code anyOf}. Logical types keep their meaning:
 * timestamps become {@code date-time}, {@code date} a date, {@code uuid} a uuid, {@code decimal} a
 * number. Named types are met by name (simple or namespace-qualified) and map to one node, named
 * after the simple name; every new node keeps the position of the Avro node it comes from.
 */
final class AvroSchemas {

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  /** Each primitive's JSON Schema type and format. */
  private static final Map<String, String[]> PRIMITIVES =
      Map.of(
          "null", new String[] {"null", null},
          "boolean", new String[] {"boolean", null},
          "int", new String[] {"integer", "int32"},
          "long", new String[] {"integer", "int64"},
          "float", new String[] {"number", "float"},
          "double", new String[] {"number", "double"},
          "bytes", new String[] {"string", "byte"},
          "string", new String[] {"string", null});

  private final Origins origins;
  private final Diagnostics diagnostics;
  private final BiConsumer<JsonNode, String> named;
  private final Map<String, ObjectNode> types = new HashMap<>();
  private final Set<JsonNode> namedTypes = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Map<JsonNode, JsonNode> translated = new IdentityHashMap<>();

  /**
   * @param named told the JSON Schema of every record and enum and its simple Avro name
   */
  AvroSchemas(Origins origins, Diagnostics diagnostics, BiConsumer<JsonNode, String> named) {
    this.origins = origins;
    this.diagnostics = diagnostics;
    this.named = named;
  }

  /** The JSON Schema of an Avro schema (the same node each time for the same schema). */
  JsonNode translate(JsonNode avro) {
    JsonNode done = translated.get(avro);
    if (done == null) {
      done = type(avro, avro, "");
      translated.put(avro, done);
    }
    return done;
  }

  /**
   * @param at the nearest Avro container, whose position new nodes take
   */
  private JsonNode type(JsonNode avro, JsonNode at, String namespace) {
    if (avro.isTextual()) {
      ObjectNode primitive = primitive(avro.asText(), at);
      return primitive != null ? primitive : reference(avro.asText(), at, namespace);
    }
    if (avro.isArray()) {
      return union(avro, namespace);
    }
    if (!avro.isObject()) {
      return node(at);
    }
    JsonNode type = avro.path("type");
    return switch (type.asText()) {
      case "record", "error" -> record(avro, namespace);
      case "enum" -> enumeration(avro, namespace);
      case "array" -> container(avro, "array", "items", "items", namespace);
      case "map" -> container(avro, "object", "additionalProperties", "values", namespace);
      case "fixed" -> fixed(avro, namespace);
      default -> type.isTextual() ? logical(avro, type.asText()) : type(type, avro, namespace);
    };
  }

  /** An array ({@code items}) or a map ({@code values}, as {@code additionalProperties}). */
  private JsonNode container(
      JsonNode avro, String type, String key, String avroKey, String namespace) {
    ObjectNode schema = node(avro).put("type", type);
    return schema.set(key, type(avro.path(avroKey), avro, namespace));
  }

  private ObjectNode primitive(String name, JsonNode at) {
    String[] typeAndFormat = PRIMITIVES.get(name);
    if (typeAndFormat == null) {
      return null;
    }
    ObjectNode schema = node(at).put("type", typeAndFormat[0]);
    return typeAndFormat[1] == null ? schema : schema.put("format", typeAndFormat[1]);
  }

  /** A primitive written as an object, with its {@code logicalType} if it has a JSON meaning. */
  private JsonNode logical(JsonNode avro, String type) {
    ObjectNode base = primitive(type, avro);
    if (base == null) {
      return reference(type, avro, "");
    }
    String logicalType = Nodes.text(avro, "logicalType");
    return switch (logicalType == null ? "" : logicalType) {
      case "timestamp-millis", "timestamp-micros", "timestamp-nanos" -> text(avro, "date-time");
      case "date" -> text(avro, "date");
      case "uuid" -> text(avro, "uuid");
      case "decimal" -> node(avro).put("type", "number");
      default -> base;
    };
  }

  private ObjectNode text(JsonNode at, String format) {
    return node(at).put("type", "string").put("format", format);
  }

  private JsonNode record(JsonNode avro, String enclosing) {
    ObjectNode schema = define(avro, enclosing).put("type", "object");
    String namespace = namespace(avro, enclosing);
    ObjectNode properties = node(avro.path("fields"));
    ArrayNode required = NODES.arrayNode();
    for (JsonNode field : Nodes.items(avro.get("fields"))) {
      JsonNode fieldType = field.path("type");
      JsonNode property = type(fieldType, field, namespace);
      String doc = Nodes.text(field, "doc");
      if (doc != null && property instanceof ObjectNode own && !namedTypes.contains(own)) {
        own.put("description", doc);
      }
      properties.set(field.path("name").asText(), property);
      if (!field.has("default") && !nullable(fieldType)) {
        required.add(field.path("name").asText());
      }
    }
    schema.set("properties", properties);
    schema.set("required", required);
    if (properties.isEmpty()) {
      schema.put("additionalProperties", false); // still a record, with no components
    }
    return schema;
  }

  private JsonNode enumeration(JsonNode avro, String namespace) {
    ObjectNode schema = define(avro, namespace).put("type", "string");
    ArrayNode symbols = NODES.arrayNode();
    avro.path("symbols").forEach(symbols::add);
    schema.set("enum", symbols);
    return schema;
  }

  private JsonNode fixed(JsonNode avro, String namespace) {
    boolean decimal = "decimal".equals(Nodes.text(avro, "logicalType"));
    ObjectNode schema = node(avro).put("type", decimal ? "number" : "string");
    if (!decimal) {
      schema.put("format", "byte");
    }
    types.put(fullName(avro, namespace), schema); // a value, not a Java type of its own
    return schema;
  }

  /** The node of a record or enum, registered under its full name before its parts are read. */
  private ObjectNode define(JsonNode avro, String namespace) {
    ObjectNode schema = node(avro);
    String doc = Nodes.text(avro, "doc");
    if (doc != null) {
      schema.put("description", doc);
    }
    String fullName = fullName(avro, namespace);
    types.put(fullName, schema);
    namedTypes.add(schema);
    named.accept(schema, fullName.substring(fullName.lastIndexOf('.') + 1));
    return schema;
  }

  /**
   * A union: with {@code null}, its one other branch (or an anyOf of the others); else an anyOf.
   */
  private JsonNode union(JsonNode avro, String namespace) {
    List<JsonNode> branches = new ArrayList<>();
    for (JsonNode branch : avro) {
      if (!branch.asText().equals("null")) {
        branches.add(type(branch, avro, namespace));
      }
    }
    if (branches.size() == 1) {
      JsonNode only = branches.get(0);
      if (only instanceof ObjectNode own
          && own.path("type").isTextual()
          && !namedTypes.contains(own)) {
        own.set("type", NODES.arrayNode().add(own.get("type").asText()).add("null"));
      }
      return only;
    }
    ObjectNode schema = node(avro);
    // anyOf, not oneOf: an Avro union value is of the first branch it fits, by definition
    schema.putArray("anyOf").addAll(branches);
    return schema;
  }

  private JsonNode reference(String name, JsonNode at, String namespace) {
    JsonNode type = name.contains(".") ? types.get(name) : types.get(qualify(namespace, name));
    type = type != null ? type : types.get(name);
    if (type == null) {
      ErrorCode.E015.report(
          diagnostics,
          origins.locate(at),
          "Avro type '" + name + "' is neither a primitive nor a named type defined before it");
      return node(at);
    }
    return type;
  }

  private static boolean nullable(JsonNode type) {
    if (type.isArray()) {
      for (JsonNode branch : type) {
        if (branch.asText().equals("null")) {
          return true;
        }
      }
    }
    return false;
  }

  private static String fullName(JsonNode avro, String enclosing) {
    String name = avro.path("name").asText();
    return name.contains(".") ? name : qualify(namespace(avro, enclosing), name);
  }

  private static String namespace(JsonNode avro, String enclosing) {
    String name = avro.path("name").asText();
    if (name.contains(".")) {
      return name.substring(0, name.lastIndexOf('.'));
    }
    String own = Nodes.text(avro, "namespace");
    return own != null ? own : enclosing;
  }

  private static String qualify(String namespace, String name) {
    return namespace.isEmpty() ? name : namespace + "." + name;
  }

  /** A new schema node at the position of the Avro node it translates. */
  private ObjectNode node(JsonNode at) {
    ObjectNode node = NODES.objectNode();
    origins.put(node, origins.of(at));
    return node;
  }
}
