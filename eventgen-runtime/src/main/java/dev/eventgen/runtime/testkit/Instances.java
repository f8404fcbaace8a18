package dev.eventgen.runtime.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Random;

/**
 * Builds one valid instance of a type: every required property, optional ones at random (fewer the
 * deeper it goes, none past {@link #MAX_DEPTH}, so recursive schemas stay finite), lists of an
 * admitted size, one variant of a union.
 */
final class Instances {

  /** Below this depth optional properties and list items are left out. */
  static final int MAX_DEPTH = 4;

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final SampleSchema schema;
  private final ValueHints hints;
  private final Random random;
  private final Unions.Roles roles;

  Instances(SampleSchema schema, Unions.Roles roles, ValueHints hints, Random random) {
    this.schema = schema;
    this.roles = roles;
    this.hints = hints;
    this.random = random;
  }

  /**
   * A valid value of {@code type}.
   *
   * @throws SampleException naming the place if the schema admits no value this generator finds
   */
  JsonNode of(JsonNode type, String pointer, int depth) {
    JsonNode resolved = schema.resolve(type);
    String kind = resolved.path("kind").asText();
    switch (kind) {
      case "ENUM" -> {
        JsonNode values = resolved.path("enum");
        if (values.isEmpty()) {
          throw new SampleException(pointer, "enum " + resolved.path("name") + " has no values");
        }
        return values.get(random.nextInt(values.size())).deepCopy();
      }
      case "OBJECT" -> {
        return object(resolved, pointer, depth, false);
      }
      case "UNION" -> {
        return union(resolved, pointer, depth);
      }
      case "LIST" -> {
        return list(resolved, pointer, depth);
      }
      case "MAP" -> {
        return map(resolved, pointer, depth);
      }
      default -> {
        if (resolved.has("schema")) {
          return new UntypedValues(random).of(resolved.get("schema"), pointer, depth);
        }
        Constraints c = Constraints.of(resolved);
        return Scalars.valid(Kind.of(kind), c, random)
            .orElseThrow(() -> new SampleException(pointer, "no value meets " + c));
      }
    }
  }

  /**
   * An object with its required properties and some optional ones.
   *
   * @param complete every property, for a union variant Jackson tells apart by the properties
   *     present
   */
  ObjectNode object(JsonNode object, String pointer, int depth, boolean complete) {
    ObjectNode node = JSON.objectNode();
    String name = object.path("name").asText();
    complete |= roles.deduced().contains(name);
    for (JsonNode property : object.path("properties")) {
      boolean required = property.path("required").asBoolean();
      boolean wanted =
          required || complete || depth < MAX_DEPTH && random.nextInt(MAX_DEPTH + 1) > depth;
      if (!wanted) {
        continue;
      }
      String wireName = property.path("name").asText();
      String at = pointer + "/" + escape(wireName);
      try {
        node.set(wireName, field(wireName, property.path("type"), at, depth));
      } catch (SampleException e) {
        if (required) {
          throw e;
        }
        // an optional field nothing can fill is left out
      }
    }
    roles.keysOf(name).forEach(node::put);
    return node;
  }

  /** A field's value: the hint for its name if the schema accepts it, else one from the schema. */
  JsonNode field(String name, JsonNode type, String pointer, int depth) {
    JsonNode hinted = hints.suggest(name, schema.kind(type), random);
    if (hinted != null && Facets.accepts(schema, type, hinted)) {
      return hinted;
    }
    return of(type, pointer, depth + 1);
  }

  private JsonNode union(JsonNode union, String pointer, int depth) {
    List<Integer> candidates = Unions.deducible(schema, union);
    if (candidates.isEmpty()) {
      throw new SampleException(
          pointer, "no variant of " + union.path("name").asText() + " can be told apart");
    }
    int index = candidates.get(random.nextInt(candidates.size()));
    JsonNode variant = schema.resolve(union.path("variants").get(index));
    boolean keyed = Unions.keyed(union);
    // a keyed variant gets its discriminator value from the roles, as when read as itself
    return object(variant, pointer, depth + 1, !keyed);
  }

  private ArrayNode list(JsonNode list, String pointer, int depth) {
    Integer minItems = Constraints.integer(list, "minItems");
    Integer maxItems = Constraints.integer(list, "maxItems");
    int min = minItems == null ? 0 : minItems;
    int max = maxItems == null ? Math.max(min, 3) : maxItems;
    int size = depth >= MAX_DEPTH ? min : min + random.nextInt(Math.min(max, min + 3) - min + 1);
    ArrayNode node = JSON.arrayNode();
    for (int i = 0; i < size; i++) {
      node.add(of(list.path("items"), pointer + "/" + i, depth + 1));
    }
    return node;
  }

  private ObjectNode map(JsonNode map, String pointer, int depth) {
    ObjectNode node = JSON.objectNode();
    int size = depth >= MAX_DEPTH ? 0 : random.nextInt(3);
    for (int i = 0; i < size; i++) {
      String key = "key" + i;
      node.set(key, of(map.path("values"), pointer + "/" + key, depth + 1));
    }
    return node;
  }

  /** JSON pointer escaping of one reference token (RFC 6901). */
  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
