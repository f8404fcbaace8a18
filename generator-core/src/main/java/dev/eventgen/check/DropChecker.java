package dev.eventgen.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventgen.diagnostic.Diagnostics;
import dev.eventgen.parse.JsonPointer;
import dev.eventgen.parse.Origins;
import dev.eventgen.parse.SpecBinder;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Finds the entries asyncapi-core dropped: every object or list of the resolved tree that is
 * missing from the bound model written back as a tree. Drops inside an entry another check already
 * explained (a misspelled key, a wrong action) are not reported twice. Bindings and examples are
 * free-form and not used by the model, so drops there are only warnings.
 */
final class DropChecker {

  private final Origins origins;
  private final Diagnostics diagnostics;
  private final Set<JsonNode> flagged;
  private final Map<JsonNode, Class<?>> boundClasses;

  DropChecker(
      Origins origins,
      Diagnostics diagnostics,
      Set<JsonNode> flagged,
      Map<JsonNode, Class<?>> boundClasses) {
    this.boundClasses = boundClasses;
    this.origins = origins;
    this.diagnostics = diagnostics;
    this.flagged = flagged;
  }

  void compare(JsonNode raw, JsonNode bound, boolean freeForm) {
    if (raw.isArray() && bound.isArray() && raw.size() == bound.size()) {
      for (int i = 0; i < raw.size(); i++) {
        compare(raw.get(i), bound.get(i), freeForm);
      }
      return;
    }
    if (!raw.isObject() || !bound.isObject() || origins.backRefTarget(raw) != null) {
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = raw.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String key = entry.getKey();
      JsonNode rawChild = entry.getValue();
      JsonNode boundChild = bound.get(key);
      boolean childFreeForm = freeForm || key.endsWith("indings") || key.equals("examples");
      if (!rawChild.isContainerNode()) {
        continue;
      }
      boolean arrayShrunk =
          rawChild.isArray()
              && boundChild != null
              && boundChild.isArray()
              && boundChild.size() != rawChild.size();
      if (boundChild == null || boundChild.isNull() || arrayShrunk) {
        reportDrop(raw, key, childFreeForm);
      } else {
        compare(rawChild, boundChild, childFreeForm);
      }
    }
  }

  private void reportDrop(JsonNode parent, String key, boolean freeForm) {
    if (explained(parent.get(key), Collections.newSetFromMap(new IdentityHashMap<>()))) {
      return;
    }
    if (freeForm) {
      ErrorCode.W004.report(
          diagnostics,
          origins.locateKey(parent, key),
          "'"
              + key
              + "' cannot be read by asyncapi-core; eventgen does not use it, so it is ignored");
    } else {
      Class<?> type = boundClasses.get(origins.original(parent.get(key)));
      String reason = type == null ? null : SpecBinder.reason(parent.get(key), type);
      ErrorCode.E011.report(
          diagnostics,
          origins.locateKey(parent, key),
          "'"
              + key
              + "' cannot be read by asyncapi-core, which would drop it silently: "
              + (reason == null
                  ? "check its keys and values against the AsyncAPI specification"
                  : simplify(reason)));
    }
  }

  /** True if another check already reported a problem inside the node. */
  private boolean explained(JsonNode node, Set<JsonNode> seen) {
    if (flagged.contains(node) || flagged.contains(origins.original(node))) {
      return true;
    }
    if (!node.isContainerNode() || !seen.add(node)) {
      return false;
    }
    for (JsonNode child : node) {
      if (explained(child, seen)) {
        return true;
      }
    }
    return false;
  }

  /** Reports a binding that failed as a whole, at the deepest node its path reaches. */
  void reportFailure(JsonNode root, java.util.List<Object> path, String failure) {
    if (explained(root, Collections.newSetFromMap(new IdentityHashMap<>()))) {
      return;
    }
    JsonNode node = root;
    JsonNode parent = null;
    String key = null;
    for (Object step : path) {
      JsonNode next = step instanceof String name ? node.get(name) : node.get((Integer) step);
      if (next == null) {
        break;
      }
      parent = node;
      key = String.valueOf(step);
      node = next;
    }
    ErrorCode.E011.report(
        diagnostics,
        parent == null ? origins.locate(root) : origins.locateKey(parent, key),
        "asyncapi-core cannot read this document: "
            + firstLine(failure)
            + (key == null ? "" : " (at '" + JsonPointer.lastKey("/" + key) + "')"));
  }

  /** A Jackson message without class packages, token names or reference chains. */
  private static String simplify(String reason) {
    return firstLine(reason)
        .replaceAll("`(?:[a-z0-9_]+\\.)+([A-Za-z0-9_$]+)`", "'$1'")
        .replaceAll("\\s*\\(token `[^`]*`\\)", "");
  }

  private static String firstLine(String text) {
    String line = text == null ? "unknown reason" : text.lines().findFirst().orElse(text);
    return line.replaceAll("\\s*\\(through reference chain.*$", "");
  }
}
