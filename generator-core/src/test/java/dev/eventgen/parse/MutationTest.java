package dev.eventgen.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.eventgen.SpecLoader;
import dev.eventgen.diagnostic.Diagnostic;
import dev.eventgen.diagnostic.SpecException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A spec with one node replaced by a value of another shape, many times over (fixed seed): every
 * variant loads or is refused with positioned diagnostics; nothing else escapes.
 */
class MutationTest {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String SHAPES = "src/test/resources/shapes/shapes.yaml";

  @TempDir Path dir;

  static List<Path> specs() {
    return List.of(CvpModelTest.CVP, CvpModelTest.CVP_26, Path.of(SHAPES));
  }

  @ParameterizedTest
  @MethodSource("specs")
  void noMutationMakesAnythingButASpecExceptionEscape(Path spec) throws IOException {
    ObjectMapper yaml = new YAMLMapper();
    JsonNode original = yaml.readTree(spec.toFile());
    List<String> pointers = new ArrayList<>();
    collect(original, "", pointers);
    Random random = new Random(20260101L);
    int refused = 0;
    for (int i = 0; i < Integer.getInteger("mutations", 30); i++) {
      JsonNode mutant = original.deepCopy();
      String pointer = pointers.get(random.nextInt(pointers.size()));
      replace(mutant, pointer, replacement(random));
      Path file = dir.resolve("mutant-" + i + ".yaml");
      yaml.writeValue(file.toFile(), mutant);
      try {
        SpecLoader.load(file);
      } catch (SpecException e) {
        refused++;
        for (Diagnostic d : e.diagnostics()) {
          assertTrue(d.location().line() > 0, pointer + ": " + d.render());
        }
      } catch (RuntimeException e) {
        fail("replacing " + pointer + " made " + e + " escape", e);
      }
    }
    assertTrue(refused > 0, "some mutations must be refused");
  }

  private static JsonNode replacement(Random random) {
    return switch (random.nextInt(6)) {
      case 0 -> NODES.textNode("text");
      case 1 -> NODES.numberNode(7);
      case 2 -> NODES.arrayNode().add("a").add(1);
      case 3 -> NODES.objectNode();
      case 4 -> NODES.objectNode().put("$ref", "#/components/schemas/Severity");
      default -> NODES.nullNode();
    };
  }

  private static void collect(JsonNode node, String pointer, List<String> pointers) {
    if (!pointer.isEmpty()) {
      pointers.add(pointer);
    }
    if (node.isObject()) {
      node.fieldNames()
          .forEachRemaining(k -> collect(node.get(k), JsonPointer.append(pointer, k), pointers));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), JsonPointer.append(pointer, i), pointers);
      }
    }
  }

  private static void replace(JsonNode root, String pointer, JsonNode value) {
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = root.at(pointer.substring(0, slash));
    String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
    if (parent instanceof ObjectNode object) {
      object.set(last, value);
    } else if (parent instanceof ArrayNode array) {
      array.set(Integer.parseInt(last), value);
    }
  }
}
