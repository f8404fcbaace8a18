package dev.eventgen.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small helpers for reading a resolved tree that may have any shape. */
public final class Nodes {

  private Nodes() {}

  /** The object entries of a mapping, in document order; empty if it is no mapping. */
  public static Map<String, JsonNode> entries(JsonNode node) {
    Map<String, JsonNode> entries = new LinkedHashMap<>();
    if (node != null && node.isObject()) {
      node.fields()
          .forEachRemaining(
              e -> {
                if (e.getValue().isObject()) {
                  entries.put(e.getKey(), e.getValue());
                }
              });
    }
    return entries;
  }

  /** Every entry of a mapping, whatever its value, in document order. */
  public static Map<String, JsonNode> fields(JsonNode node) {
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    if (node != null && node.isObject()) {
      node.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue()));
    }
    return fields;
  }

  /** The object items of a list; empty if it is no list. */
  public static List<JsonNode> items(JsonNode node) {
    List<JsonNode> items = new ArrayList<>();
    if (node != null && node.isArray()) {
      node.forEach(
          item -> {
            if (item.isObject()) {
              items.add(item);
            }
          });
    }
    return items;
  }

  /** The text at the key, or null if absent or not a scalar. */
  public static String text(JsonNode node, String key) {
    JsonNode value = node == null ? null : node.get(key);
    return value != null && value.isValueNode() && !value.isNull() ? value.asText() : null;
  }

  /** Title and description joined by a blank line, or null if neither. */
  public static String doc(JsonNode node) {
    String title = text(node, "title");
    String description = text(node, "description");
    if (title == null || description == null) {
      return title == null ? description : title;
    }
    return title + "\n\n" + description;
  }
}
