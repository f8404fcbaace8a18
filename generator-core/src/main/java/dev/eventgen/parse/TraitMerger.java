package dev.eventgen.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies message and operation traits (2.x and 3.0 {@code traits}): each trait in order, then the
 * object's own fields, which win. Objects present on both sides merge field by field; every other
 * value is replaced. The message or operation is updated in place (it is shared by every place that
 * refers to it); nested nodes are never mutated, since they may be shared components.
 */
public final class TraitMerger {

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private final Origins origins;

  public TraitMerger(Origins origins) {
    this.origins = origins;
  }

  /** Merges the traits of every message and operation of the document. */
  public void mergeAll(Layout layout) {
    Set<JsonNode> done = Collections.newSetFromMap(new IdentityHashMap<>());
    List<JsonNode> nodes = new ArrayList<>(layout.messageNodes());
    layout.operations().forEach(operation -> nodes.add(operation.node()));
    for (JsonNode node : nodes) {
      if (node.isObject() && done.add(node)) {
        merge((ObjectNode) node);
      }
    }
  }

  private void merge(ObjectNode owner) {
    JsonNode traits = owner.get("traits");
    if (traits == null || !traits.isArray()) {
      return;
    }
    Map<String, JsonNode> merged = new LinkedHashMap<>();
    for (JsonNode trait : traits) {
      if (trait.isObject()) {
        trait.fields().forEachRemaining(e -> merged.merge(e.getKey(), e.getValue(), this::combine));
      }
    }
    owner.fields().forEachRemaining(e -> merged.merge(e.getKey(), e.getValue(), this::combine));
    merged.remove("traits");
    owner.removeAll();
    owner.setAll(merged);
  }

  private JsonNode combine(JsonNode earlier, JsonNode later) {
    boolean mergeable =
        earlier.isObject()
            && later.isObject()
            && origins.backRefTarget(earlier) == null
            && origins.backRefTarget(later) == null;
    if (!mergeable) {
      return later;
    }
    ObjectNode result = NODES.objectNode();
    result.setAll((ObjectNode) earlier);
    later
        .fields()
        .forEachRemaining(
            e -> {
              JsonNode before = result.get(e.getKey());
              result.set(e.getKey(), before == null ? e.getValue() : combine(before, e.getValue()));
            });
    origins.put(result, origins.of(later));
    return result;
  }
}
