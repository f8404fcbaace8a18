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
    Node node = root;
    Node shown = root;
    StringBuilder found = new StringBuilder();
    for (String raw : pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1)) {
      String segment = raw.replace("~1", "/").replace("~0", "~");
      node = followRefs(node);
      Optional<Child> child = child(node, segment);
      if (child.isEmpty()) {
        break;
      }
      shown = child.get().key();
      node = child.get().value();
      found.append('/').append(raw);
    }
    return new Location(
        file, shown.getStartMark().getLine() + 1, shown.getStartMark().getColumn() + 1, found.toString());
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

  private Node followRefs(Node node) {
    for (int hop = 0; hop < MAX_REF_HOPS; hop++) {
      Optional<Child> ref = child(node, "$ref");
      if (ref.isEmpty()
          || !(ref.get().value() instanceof ScalarNode target)
          || !target.getValue().startsWith("#/")) {
        return node;
      }
      Node resolved = walk(target.getValue().substring(1));
      if (resolved == null) {
        return node;
      }
      node = resolved;
    }
    return node;
  }

  private Node walk(String pointer) {
    Node node = root;
    for (String raw : pointer.substring(1).split("/", -1)) {
      Optional<Child> child = child(node, raw.replace("~1", "/").replace("~0", "~"));
      if (child.isEmpty()) {
        return null;
      }
      node = child.get().value();
    }
    return node;
  }

  /** A child: the node to show (a mapping's key) and the node to walk on (its value). */
  private record Child(Node key, Node value) {}
}
