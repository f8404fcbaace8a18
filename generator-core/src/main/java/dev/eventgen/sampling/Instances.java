package dev.eventgen.sampling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventgen.model.Api;
import dev.eventgen.model.EnumType;
import dev.eventgen.model.ListType;
import dev.eventgen.model.MapType;
import dev.eventgen.model.NamedType;
import dev.eventgen.model.ObjectType;
import dev.eventgen.model.PayloadType;
import dev.eventgen.model.Property;
import dev.eventgen.model.Scalar;
import dev.eventgen.model.TypeRef;
import dev.eventgen.model.UnionType;
import java.util.List;
import java.util.Optional;
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

  private final Api api;
  private final ValueHints hints;
  private final Random random;
  private final Unions.Roles roles;

  Instances(Api api, ValueHints hints, Random random) {
    this.api = api;
    this.roles = Unions.Roles.of(api);
    this.hints = hints;
    this.random = random;
  }

  /**
   * A valid value of {@code type}.
   *
   * @throws SampleException naming the place if the schema admits no value this generator finds
   */
  JsonNode of(PayloadType type, String pointer, int depth) {
    if (type instanceof TypeRef ref) {
      return of(api.resolve(ref), pointer, depth);
    }
    if (type instanceof Scalar scalar) {
      return Scalars.valid(scalar, random)
          .orElseThrow(
              () -> new SampleException(pointer, "no value meets " + scalar.constraints()));
    }
    if (type instanceof EnumType enumType) {
      if (enumType.values().isEmpty()) {
        throw new SampleException(pointer, "enum " + enumType.name() + " has no values");
      }
      return Scalars.wire(enumType.values().get(random.nextInt(enumType.values().size())));
    }
    if (type instanceof ObjectType object) {
      return object(object, pointer, depth, false);
    }
    if (type instanceof UnionType union) {
      return union(union, pointer, depth);
    }
    if (type instanceof ListType list) {
      return list(list, pointer, depth);
    }
    return map((MapType) type, pointer, depth);
  }

  /**
   * An object with its required properties and some optional ones.
   *
   * @param complete every property, for a union variant Jackson tells apart by the properties
   *     present
   */
  ObjectNode object(ObjectType object, String pointer, int depth, boolean complete) {
    ObjectNode node = JSON.objectNode();
    complete |= roles.deduced().contains(object.name());
    for (Property property : object.properties()) {
      boolean wanted =
          property.required()
              || complete
              || depth < MAX_DEPTH && random.nextInt(MAX_DEPTH + 1) > depth;
      if (!wanted) {
        continue;
      }
      String at = pointer + "/" + escape(property.wireName());
      try {
        node.set(property.wireName(), field(property, at, depth));
      } catch (SampleException e) {
        if (property.required()) {
          throw e;
        }
        // an optional field nothing can fill is left out
      }
    }
    roles.keysOf(object.name()).forEach(node::put);
    return node;
  }

  private JsonNode field(Property property, String pointer, int depth) {
    JsonNode hinted = hints.suggest(property.wireName(), property.type(), random);
    if (hinted != null && Facets.accepts(api, property.type(), hinted)) {
      return hinted;
    }
    return of(property.type(), pointer, depth + 1);
  }

  private JsonNode union(UnionType union, String pointer, int depth) {
    List<Integer> candidates = Unions.deducible(api, union);
    if (candidates.isEmpty()) {
      throw new SampleException(pointer, "no variant of " + union.name() + " can be told apart");
    }
    int index = candidates.get(random.nextInt(candidates.size()));
    ObjectType variant = (ObjectType) api.resolve(union.variants().get(index));
    boolean keyed = Unions.keyed(union);
    // a keyed variant gets its discriminator value from the roles, as when read as itself
    return object(variant, pointer, depth + 1, !keyed);
  }

  private ArrayNode list(ListType list, String pointer, int depth) {
    int min = list.minItems() == null ? 0 : list.minItems();
    int max = list.maxItems() == null ? Math.max(min, 3) : list.maxItems();
    int size = depth >= MAX_DEPTH ? min : min + random.nextInt(Math.min(max, min + 3) - min + 1);
    ArrayNode node = JSON.arrayNode();
    for (int i = 0; i < size; i++) {
      node.add(of(list.items(), pointer + "/" + i, depth + 1));
    }
    return node;
  }

  private ObjectNode map(MapType map, String pointer, int depth) {
    ObjectNode node = JSON.objectNode();
    int size = depth >= MAX_DEPTH ? 0 : random.nextInt(3);
    for (int i = 0; i < size; i++) {
      String key = "key" + i;
      node.set(key, of(map.values(), pointer + "/" + key, depth + 1));
    }
    return node;
  }

  /** JSON pointer escaping of one reference token (RFC 6901). */
  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  /** The named type behind a type, or the type itself. */
  static Optional<NamedType> named(Api api, PayloadType type) {
    if (type instanceof TypeRef ref) {
      return Optional.of(api.resolve(ref));
    }
    return type instanceof NamedType named ? Optional.of(named) : Optional.empty();
  }
}
