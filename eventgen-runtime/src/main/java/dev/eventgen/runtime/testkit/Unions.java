package dev.eventgen.runtime.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which variants of a union a sample may take, so the generated reader can tell which it is. */
final class Unions {

  private Unions() {}

  /**
   * How the generated code reads each object type that is a variant of a union, by type name.
   * Jackson applies a union's type info to its variants too, even when a variant is read as itself
   * (as a message's payload): a variant of a keyed union must carry its discriminator value, a
   * variant of a deduced one enough properties to be told apart.
   */
  record Roles(Map<String, Map<String, String>> keys, Set<String> deduced) {

    static Roles of(SampleSchema schema) {
      Map<String, Map<String, String>> keys = new HashMap<>();
      Set<String> deduced = new HashSet<>();
      for (JsonNode union : schema.namedTypes()) {
        if (!union.path("kind").asText().equals("UNION")) {
          continue;
        }
        JsonNode variants = union.path("variants");
        for (int i = 0; i < variants.size(); i++) {
          String variant = variants.get(i).path("$ref").asText();
          if (keyed(union)) {
            keys.computeIfAbsent(variant, v -> new LinkedHashMap<>())
                .put(union.path("discriminator").asText(), union.path("values").get(i).asText());
          } else {
            deduced.add(variant);
          }
        }
      }
      return new Roles(keys, deduced);
    }

    /** The discriminator values an instance of the type must carry, by property. */
    Map<String, String> keysOf(String typeName) {
      return keys.getOrDefault(typeName, Map.of());
    }
  }

  /** True if the generated code picks the variant by the discriminator's value. */
  static boolean keyed(JsonNode union) {
    return union.hasNonNull("discriminator")
        && union.path("values").size() == union.path("variants").size();
  }

  /**
   * The indexes of the variants a sample may take. With a discriminator, all of them. Without one
   * Jackson deduces the variant from the property names present; a sample carries every property of
   * its variant, which tells it apart unless another variant has all those names too.
   */
  static List<Integer> deducible(SampleSchema schema, JsonNode union) {
    List<Set<String>> names = new ArrayList<>();
    for (JsonNode variant : union.path("variants")) {
      JsonNode object = schema.resolve(variant);
      if (object.path("kind").asText().equals("OBJECT")) {
        Set<String> properties = new HashSet<>();
        object.path("properties").forEach(p -> properties.add(p.path("name").asText()));
        names.add(properties);
      } else {
        names.add(null);
      }
    }
    List<Integer> result = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i) == null) {
        continue;
      }
      if (keyed(union)) {
        result.add(i);
        continue;
      }
      boolean distinct = true;
      for (int j = 0; j < names.size(); j++) {
        if (j != i && names.get(j) != null && names.get(j).containsAll(names.get(i))) {
          distinct = false;
        }
      }
      if (distinct) {
        result.add(i);
      }
    }
    return result;
  }
}
