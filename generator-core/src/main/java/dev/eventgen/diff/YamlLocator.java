package dev.eventgen.diff;

import dev.eventgen.diagnostic.Location;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Locates pointers in one YAML or JSON file by walking its node tree, following local {@code $ref}s
 * ({@code #/components/...}) on the way, so {@code /components/messages/A/payload/properties/x}
 * lands on {@code x} in the referenced schema. A pointer that leaves the file (an external
 * {@code $ref}) or names nothing ends at the deepest node found.
 */
final class YamlLocator implements Locator {

  private static final int MAX_REF_HOPS = 32;

  private final Path file;
  private final Node root;

  private YamlLocator(Path file, Node root) {
    this.file = file;
    this.root = root;
  }

  /** A locator for the file, or one that knows only the file if it cannot be read as YAML. */
  static Locator of(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Node root = new Yaml(new LoaderOptions()).compose(reader);
      return root == null ? Locator.fileOnly(file) : new YamlLocator(file, root);
    } catch (IOException | YAMLException e) {
      return Locator.fileOnly(file);
    }
  }

  @Override
  public Location locate(String pointer) {
    String[] segments = pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1);
    Found found = deepest(root, segments, 0, new Found(0, root), 0);
    StringBuilder prefix = new StringBuilder();
    for (int i = 0; i < found.depth(); i++) {
      prefix.append('/').append(segments[i]);
    }
    Node shown = found.shown();
    return new Location(
        file, shown.getStartMark().getLine() + 1, shown.getStartMark().getColumn() + 1, prefix.toString());
  }

  /**
   * Walks as far as the segments lead from {@code node}, also through the parts of an {@code
   * allOf} (which the model flattens), and returns the deepest node reached.
   */
  private Found deepest(Node node, String[] segments, int index, Found sofar, int hops) {
    Child current = followRefs(node);
    // Through a $ref, show the definition rather than the reference.
    Found here = current.key() == null ? sofar : new Found(sofar.depth(), current.key());
    if (index == segments.length || hops > MAX_REF_HOPS) {
      return here;
    }
    String segment = segments[index].replace("~1", "/").replace("~0", "~");
    Found best = here;
    Optional<Child> child = child(current.value(), segment);
    if (child.isPresent()) {
      Found next = new Found(index + 1, child.get().key());
      best = deepest(child.get().value(), segments, index + 1, next, hops);
    }
    Optional<Child> allOf = child(current.value(), "allOf");
    if (allOf.isPresent() && allOf.get().value() instanceof SequenceNode parts) {
      for (Node part : parts.getValue()) {
        Found viaPart = deepest(part, segments, index, here, hops + 1);
        if (viaPart.depth() > best.depth()) {
          best = viaPart;
        }
      }
    }
    return best;
  }

  /** The child named by a segment, if there is one. */
  private static Optional<Child> child(Node node, String segment) {
    if (node instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(segment)) {
          return Optional.of(new Child(key, tuple.getValueNode()));
        }
      }
    } else if (node instanceof SequenceNode sequence && segment.matches("\\d+")) {
      int index = Integer.parseInt(segment);
      if (index < sequence.getValue().size()) {
        Node item = sequence.getValue().get(index);
        return Optional.of(new Child(item, item));
      }
    }
    return Optional.empty();
  }

  /** The node a chain of local $refs leads to, with the key that defines it (null if no ref). */
  private Child followRefs(Node node) {
    Child at = new Child(null, node);
    for (int hop = 0; hop < MAX_REF_HOPS; hop++) {
      Optional<Child> ref = child(at.value(), "$ref");
      if (ref.isEmpty()
          || !(ref.get().value() instanceof ScalarNode target)
          || !target.getValue().startsWith("#/")) {
        return at;
      }
      Optional<Child> resolved = walk(target.getValue().substring(1));
      if (resolved.isEmpty()) {
        return at;
      }
      at = resolved.get();
    }
    return at;
  }

  private Optional<Child> walk(String pointer) {
    Optional<Child> at = Optional.of(new Child(null, root));
    for (String raw : pointer.substring(1).split("/", -1)) {
      at = child(at.get().value(), raw.replace("~1", "/").replace("~0", "~"));
      if (at.isEmpty()) {
        return at;
      }
    }
    return at;
  }

  /** A child: the node to show (a mapping's key) and the node to walk on (its value). */
  private record Child(Node key, Node value) {}

  /** How many segments a walk resolved, and the node to show for the last one. */
  private record Found(int depth, Node shown) {}
}
