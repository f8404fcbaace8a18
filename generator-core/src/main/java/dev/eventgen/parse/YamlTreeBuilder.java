package dev.eventgen.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventgen.diagnostic.Diagnostics;
import dev.eventgen.diagnostic.ErrorCode;
import dev.eventgen.diagnostic.Location;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns a composed SnakeYAML node graph into a Jackson tree, recording the position of every node
 * by JSON pointer and reporting duplicate keys. Scalars follow JSON / YAML 1.2 meaning: {@code yes}
 * and {@code on} stay strings, numbers keep every digit (no binary floating point).
 */
final class YamlTreeBuilder {

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private final Path shownAs;
  private final PositionIndex positions = new PositionIndex();
  private final Diagnostics diagnostics;
  private final Set<Node> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());

  YamlTreeBuilder(Path shownAs, Diagnostics diagnostics) {
    this.shownAs = shownAs;
    this.diagnostics = diagnostics;
  }

  PositionIndex positions() {
    return positions;
  }

  JsonNode build(Node node, String pointer) {
    positions.putValue(pointer, position(node.getStartMark()));
    if (!inProgress.add(node)) {
      report(
          ErrorCode.E002,
          node.getStartMark(),
          pointer,
          "an alias refers to a node that contains it");
      return NODES.nullNode();
    }
    try {
      if (node instanceof MappingNode mapping) {
        return mapping(mapping, pointer);
      }
      if (node instanceof SequenceNode sequence) {
        ArrayNode array = NODES.arrayNode();
        for (Node item : sequence.getValue()) {
          array.add(build(item, JsonPointer.append(pointer, array.size())));
        }
        return array;
      }
      return scalar((ScalarNode) node);
    } finally {
      inProgress.remove(node);
    }
  }

  private ObjectNode mapping(MappingNode mapping, String pointer) {
    ObjectNode object = NODES.objectNode();
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      if (!(keyNode instanceof ScalarNode scalarKey)) {
        report(ErrorCode.E005, keyNode.getStartMark(), pointer, "a key must be a plain string");
        continue;
      }
      String key = scalarKey.getValue();
      String child = JsonPointer.append(pointer, key);
      if (object.has(key)) {
        Position first = positions.key(child);
        report(
            ErrorCode.E004,
            keyNode.getStartMark(),
            child,
            "duplicate key '" + key + "' (first defined at line " + first.line() + ")");
        continue;
      }
      positions.putKey(child, position(keyNode.getStartMark()));
      object.set(key, build(tuple.getValueNode(), child));
    }
    return object;
  }

  private static JsonNode scalar(ScalarNode scalar) {
    String text = scalar.getValue();
    Tag tag = scalar.getTag();
    if (Tag.NULL.equals(tag)) {
      return NODES.nullNode();
    }
    boolean trueOrFalse = text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false");
    if (Tag.BOOL.equals(tag) && trueOrFalse) {
      return NODES.booleanNode(text.equalsIgnoreCase("true"));
    }
    if (Tag.INT.equals(tag)) {
      BigInteger value = integer(text.replace("_", ""));
      return value == null ? NODES.textNode(text) : integerNode(value);
    }
    if (Tag.FLOAT.equals(tag)) {
      try {
        return NODES.numberNode(new BigDecimal(text.replace("_", "")));
      } catch (NumberFormatException notDecimal) { // .inf, .nan: no JSON equivalent
        return NODES.textNode(text);
      }
    }
    return NODES.textNode(text);
  }

  private static BigInteger integer(String text) {
    String digits = text.startsWith("+") ? text.substring(1) : text;
    boolean negative = digits.startsWith("-");
    String unsigned = negative ? digits.substring(1) : digits;
    BigInteger value;
    if (unsigned.startsWith("0x")) {
      value = new BigInteger(unsigned.substring(2), 16);
    } else if (unsigned.startsWith("0o")) {
      value = new BigInteger(unsigned.substring(2), 8);
    } else if (unsigned.matches("[0-9]+")) {
      value = new BigInteger(unsigned);
    } else {
      return null; // binary or sexagesimal YAML 1.1 forms: keep the text
    }
    return negative ? value.negate() : value;
  }

  private static JsonNode integerNode(BigInteger value) {
    if (value.bitLength() < 32) {
      return NODES.numberNode(value.intValue());
    }
    return value.bitLength() < 64 ? NODES.numberNode(value.longValue()) : NODES.numberNode(value);
  }

  private void report(ErrorCode code, Mark mark, String pointer, String message) {
    Position at = position(mark);
    code.report(diagnostics, new Location(shownAs, at.line(), at.column(), pointer), message);
  }

  static Position position(Mark mark) {
    return mark == null ? Position.START : new Position(mark.getLine() + 1, mark.getColumn() + 1);
  }
}
