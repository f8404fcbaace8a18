package dev.eventgen.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventgen.diagnostic.Location;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Where each object and array of the resolved tree was written. The resolved tree copies nodes out
 * of several files; this map (by node identity) keeps their own file, pointer and position, and
 * tells which {@code $ref}s were left in place because they point back into a node still being
 * resolved (a recursive schema).
 */
public final class Origins {

  /** A node's file and JSON pointer inside that file. */
  public record Origin(SourceFile file, String pointer) {}

  private final SourceFile root;
  private final Map<JsonNode, Origin> origins = new IdentityHashMap<>();
  private final Map<JsonNode, JsonNode> backRefs = new IdentityHashMap<>();

  public Origins(SourceFile root) {
    this.root = root;
  }

  public void put(JsonNode node, Origin origin) {
    origins.putIfAbsent(node, origin);
  }

  /** Records a {@code $ref} left in the tree that points back to an enclosing node. */
  void putBackRef(JsonNode ref, JsonNode target) {
    backRefs.put(ref, target);
  }

  public Origin of(JsonNode node) {
    return origins.get(node);
  }

  /** The enclosing node a recursive {@code $ref} points back to, or null if it is no such ref. */
  public JsonNode backRefTarget(JsonNode node) {
    return backRefs.get(node);
  }

  /** Where the node was written (the start of the root file if unknown). */
  public Location locate(JsonNode node) {
    Origin origin = origins.get(node);
    return origin == null ? unknown() : origin.file().locate(origin.pointer(), false);
  }

  /** Where the key of the parent's entry was written (for unknown or misspelled keys). */
  public Location locateKey(JsonNode parent, String key) {
    return locateChild(parent, key, true);
  }

  /** Where the value of the parent's entry was written (for wrong values). */
  public Location locateValue(JsonNode parent, String key) {
    return locateChild(parent, key, false);
  }

  private Location locateChild(JsonNode parent, String key, boolean atKey) {
    JsonNode child = parent.get(key);
    if (child != null && child.isContainerNode() && !atKey && origins.containsKey(child)) {
      return locate(child);
    }
    Origin origin = origins.get(parent);
    if (origin == null) {
      return unknown();
    }
    String pointer = JsonPointer.append(origin.pointer(), key);
    if (origin.file().positions().value(pointer) == null) {
      return origin.file().locate(origin.pointer(), true); // merged in from elsewhere
    }
    return origin.file().locate(pointer, atKey);
  }

  private Location unknown() {
    return root.locate("", false);
  }
}
