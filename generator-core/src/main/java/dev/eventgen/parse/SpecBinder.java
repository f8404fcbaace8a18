package dev.eventgen.parse;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Binds the resolved tree with asyncapi-core. The library prints a stack trace to stderr for every
 * entry it cannot read and then drops the entry; those traces are captured here (they would
 * otherwise reach the user's terminal), and the check stage finds the dropped entries by comparing
 * {@link Binding#boundTree()} with the tree it was read from.
 */
public final class SpecBinder {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * What the library made of the tree.
   *
   * @param boundTree the bound model written back as a tree, or null if binding failed as a whole
   * @param failure why binding failed as a whole, or null
   * @param failurePath field names and indexes leading to the failure, when it failed
   */
  public record Binding(
      Object model, JsonNode boundTree, String failure, List<Object> failurePath) {}

  private SpecBinder() {}

  /**
   * Why asyncapi-core cannot read the node as the given class, or null if it can: binding one
   * dropped entry alone surfaces the error the library printed and swallowed.
   */
  public static String reason(JsonNode node, Class<?> type) {
    Binding binding = bind(node, type);
    return binding.failure();
  }

  public static Binding bind(JsonNode tree, SpecVersion version) {
    return bind(tree, version.boundClass());
  }

  private static Binding bind(JsonNode tree, Class<?> type) {
    // System.err is global: one binding at a time, so parallel runs cannot swap each other's
    // stream.
    synchronized (SpecBinder.class) {
      PrintStream stderr = System.err;
      System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      try {
        Object model = MAPPER.treeToValue(tree, type);
        return new Binding(model, MAPPER.valueToTree(model), null, List.of());
      } catch (JsonMappingException e) {
        List<Object> path =
            e.getPath().stream()
                .map(
                    r ->
                        r.getFieldName() != null
                            ? (Object) r.getFieldName()
                            : (Object) r.getIndex())
                .toList();
        return new Binding(null, null, e.getOriginalMessage(), path);
      } catch (Exception e) {
        return new Binding(null, null, String.valueOf(e.getMessage()), List.of());
      } finally {
        System.setErr(stderr);
      }
    }
  }
}
