package dev.eventgen.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventgen.diagnostic.Diagnostics;
import dev.eventgen.diagnostic.ErrorCode;
import dev.eventgen.parse.Origins;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Flattens {@code allOf} into one schema: the schema's own keys, then each part in order, later
 * parts refining earlier ones ({@code eventType: {const: call.started}} refines {@code eventType:
 * {type: string}}); {@code required} is the union. The schema's own title, description and
 * deprecation win. Results are memoized by node, so a schema flattens to the same node every time
 * and keeps one name.
 */
final class SchemaFlattener {

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  private static final List<String> OWN = List.of("title", "description", "deprecated");

  private final Origins origins;
  private final Diagnostics diagnostics;
  private final Map<JsonNode, JsonNode> flattened = new IdentityHashMap<>();

  SchemaFlattener(Origins origins, Diagnostics diagnostics) {
    this.origins = origins;
    this.diagnostics = diagnostics;
  }

  /** The schema with its allOf merged in; the node itself if it has none. */
  JsonNode flatten(JsonNode schema) {
    if (!schema.isObject() || !schema.path("allOf").isArray()) {
      return schema;
    }
    JsonNode done = flattened.get(schema);
    if (done != null) {
      return done;
    }
    flattened.put(schema, schema); // a part that reaches back here merges the unflattened node
    ObjectNode result = NODES.objectNode();
    ObjectNode own = NODES.objectNode().setAll((ObjectNode) schema); // shallow: parts keep identity
    own.remove("allOf");
    merge(result, own);
    for (JsonNode part : schema.get("allOf")) {
      if (origins.backRefTarget(part) != null) {
        ErrorCode.E016.report(
            diagnostics,
            origins.locate(part),
            "schema includes itself through allOf ('" + part.path("$ref").asText() + "')");
      } else if (part.isObject()) {
        merge(result, flatten(part));
      }
    }
    OWN.forEach(
        key -> {
          if (schema.has(key)) result.set(key, schema.get(key));
        });
    origins.put(result, origins.of(schema));
    flattened.put(schema, result);
    return result;
  }

  private void merge(ObjectNode target, JsonNode part) {
    part.fields()
        .forEachRemaining(
            e -> {
              switch (e.getKey()) {
                case "properties" ->
                    target.set("properties", properties(target.get("properties"), e.getValue()));
                case "required" ->
                    target.set("required", union(target.get("required"), e.getValue()));
                default -> target.set(e.getKey(), e.getValue());
              }
            });
  }

  private JsonNode properties(JsonNode earlier, JsonNode later) {
    if (earlier == null || !earlier.isObject() || !later.isObject()) {
      return later;
    }
    ObjectNode merged = NODES.objectNode().setAll((ObjectNode) earlier);
    later
        .fields()
        .forEachRemaining(
            e -> {
              JsonNode before = merged.get(e.getKey());
              merged.set(e.getKey(), before == null ? e.getValue() : refine(before, e.getValue()));
            });
    return merged;
  }

  /** A property schema refined by a later part: keys of the later one win. */
  private JsonNode refine(JsonNode earlier, JsonNode later) {
    if (!earlier.isObject()
        || !later.isObject()
        || origins.backRefTarget(later) != null
        || origins.backRefTarget(earlier) != null) {
      return later;
    }
    ObjectNode refined = NODES.objectNode();
    refined.setAll((ObjectNode) flatten(earlier));
    refined.setAll((ObjectNode) flatten(later));
    origins.put(refined, origins.of(later));
    return refined;
  }

  private static JsonNode union(JsonNode earlier, JsonNode later) {
    ArrayNode names = NODES.arrayNode();
    for (JsonNode list : new JsonNode[] {earlier, later}) {
      if (list != null && list.isArray()) {
        list.forEach(
            name -> {
              if (!contains(names, name)) names.add(name);
            });
      }
    }
    return names;
  }

  private static boolean contains(ArrayNode names, JsonNode name) {
    for (JsonNode existing : names) {
      if (existing.equals(name)) {
        return true;
      }
    }
    return false;
  }
}
