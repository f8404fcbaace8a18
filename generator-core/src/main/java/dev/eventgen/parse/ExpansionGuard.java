package dev.eventgen.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventgen.diagnostic.Diagnostics;
import dev.eventgen.diagnostic.ErrorCode;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Refuses documents whose refs multiply beyond reason. The resolved tree shares each node, but
 * asyncapi-core binds a copy per place a node is reached from, so a few dozen refs nested like a
 * "billion laughs" would exhaust memory. Sizes are counted per shared node, so this costs one pass
 * over the resolved tree.
 */
public final class ExpansionGuard {

  /** Far beyond any real API (the CVP spec expands to about 10,000 nodes). */
  static final long LIMIT = 2_000_000;

  private ExpansionGuard() {}

  public static void check(ResolvedSpec spec, Diagnostics diagnostics) {
    long size = size(spec.tree(), spec.origins(), new IdentityHashMap<>());
    if (size > LIMIT) {
      ErrorCode.E018.report(
          diagnostics,
          spec.root().locate("", false),
          "the document expands to more than "
              + LIMIT
              + " nodes once its $refs are followed; refer to shared schemas less deeply");
    }
  }

  private static long size(JsonNode node, Origins origins, Map<JsonNode, Long> sizes) {
    if (!node.isContainerNode() || origins.backRefTarget(node) != null) {
      return 1;
    }
    Long known = sizes.get(node);
    if (known != null) {
      return known;
    }
    long size = 1;
    for (JsonNode child : node) {
      size = Math.min(LIMIT + 1, size + size(child, origins, sizes));
    }
    sizes.put(node, size);
    return size;
  }
}
