package dev.eventgen.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventgen.diagnostic.Location;

/**
 * Where a JSON pointer of the document ({@code /components/messages/A/payload/properties/x}) was
 * written, found in the resolved tree the loader already built: a pointer that passes through a
 * {@code $ref} lands in the file and on the key that define the target, and one that passes through
 * an {@code allOf} (which the model flattens) lands in the part that holds the rest. A pointer that
 * names nothing ends at the deepest node found. No file is read again.
 */
public final class SpecPositions {

  private static final int MAX_DEPTH = 64;

  private final JsonNode tree;
  private final Origins origins;

  public SpecPositions(ResolvedSpec spec) {
    this.tree = spec.tree();
    this.origins = spec.origins();
  }

  /** The position of the node, or of its nearest ancestor that can be found; never null. */
  public Location locate(String pointer) {
    String[] segments = pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1);
    Found found = deepest(tree, segments, 0, new Found(0, origins.locate(tree)));
    return found.location();
  }

  private Found deepest(JsonNode node, String[] segments, int index, Found sofar) {
    if (index == segments.length || index > MAX_DEPTH) {
      return sofar;
    }
    String key = segments[index].replace("~1", "/").replace("~0", "~");
    Found best = sofar;
    JsonNode child = child(node, key);
    if (child != null) {
      best = deepest(child, segments, index + 1, new Found(index + 1, locate(node, key, child)));
    }
    for (JsonNode part : node.path("allOf")) {
      Found viaPart = deepest(part, segments, index, sofar);
      if (viaPart.depth() > best.depth()) {
        best = viaPart;
      }
    }
    return best;
  }

  private static JsonNode child(JsonNode node, String key) {
    if (node.isObject()) {
      return node.get(key);
    }
    return node.isArray() && key.matches("\\d{1,9}") ? node.get(Integer.parseInt(key)) : null;
  }

  /** The key of the entry, or for a node a {@code $ref} brought in, the key that defines it. */
  private Location locate(JsonNode parent, String key, JsonNode child) {
    Origins.Origin own = origins.of(child);
    Origins.Origin at = origins.of(parent);
    boolean referenced =
        own != null
            && at != null
            && !(own.file() == at.file()
                && own.pointer().equals(JsonPointer.append(at.pointer(), key)));
    return referenced ? own.file().locate(own.pointer(), true) : origins.locateKey(parent, key);
  }

  private record Found(int depth, Location location) {}
}
