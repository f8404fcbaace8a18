package dev.eventgen.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The resolved tree as asyncapi-core wants to bind it. AsyncAPI 3.0 requires some places to hold a
 * {@code $ref} rather than the object (a channel's servers, an operation's channel and messages, a
 * reply's channel and messages), and the library drops what it finds there otherwise. This view
 * puts local refs back in those places, copying only the nodes on the way (copies keep their
 * origin, so positions stay right); 2.x trees are bound as they are.
 */
public final class BindingView {

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private final Origins origins;
  private final Map<JsonNode, String> pointers = new IdentityHashMap<>();

  private BindingView(Origins origins) {
    this.origins = origins;
  }

  public static JsonNode of(JsonNode tree, SpecVersion version, Origins origins) {
    return version == SpecVersion.V3 ? new BindingView(origins).v3(tree) : tree;
  }

  private JsonNode v3(JsonNode tree) {
    Nodes.entries(tree.get("servers")).forEach((n, s) -> pointers.put(s, "/servers/" + esc(n)));
    Nodes.entries(tree.get("channels"))
        .forEach(
            (name, channel) -> {
              String pointer = JsonPointer.append("/channels", name);
              pointers.putIfAbsent(channel, pointer);
              Nodes.entries(channel.get("messages"))
                  .forEach(
                      (key, message) ->
                          pointers.putIfAbsent(
                              message, JsonPointer.append(pointer + "/messages", key)));
            });
    ObjectNode root = copy(tree);
    root.set("channels", mapValues(tree.get("channels"), c -> withRefs(c, "servers")));
    root.set("operations", mapValues(tree.get("operations"), this::operation));
    return root;
  }

  private JsonNode operation(JsonNode operation) {
    ObjectNode copy = (ObjectNode) withRefs(operation, "channel", "messages");
    JsonNode reply = operation.get("reply");
    if (reply != null && reply.isObject()) {
      copy.set("reply", withRefs(reply, "channel", "messages"));
    }
    return copy;
  }

  /** A copy of the node whose entries at the keys are refs (or lists of refs) again. */
  private JsonNode withRefs(JsonNode node, String... keys) {
    if (!node.isObject()) {
      return node;
    }
    ObjectNode copy = copy(node);
    for (String key : keys) {
      JsonNode value = node.get(key);
      if (value != null && value.isArray()) {
        ArrayNode refs = NODES.arrayNode();
        value.forEach(item -> refs.add(ref(item)));
        origins.put(refs, origins.of(value));
        copy.set(key, refs);
      } else if (value != null) {
        copy.set(key, ref(value));
      }
    }
    return copy;
  }

  private JsonNode ref(JsonNode node) {
    String pointer = pointers.get(node);
    if (pointer == null) {
      return node;
    }
    ObjectNode ref = NODES.objectNode().put("$ref", "#" + pointer);
    origins.put(ref, origins.of(node));
    return ref;
  }

  private JsonNode mapValues(JsonNode map, java.util.function.UnaryOperator<JsonNode> change) {
    if (map == null || !map.isObject()) {
      return map;
    }
    ObjectNode copy = copy(map);
    map.fields().forEachRemaining(e -> copy.set(e.getKey(), change.apply(e.getValue())));
    return copy;
  }

  private ObjectNode copy(JsonNode node) {
    ObjectNode copy = NODES.objectNode().setAll((ObjectNode) node);
    origins.putCopy(copy, node);
    return copy;
  }

  private static String esc(String key) {
    return JsonPointer.append("", key).substring(1);
  }
}
