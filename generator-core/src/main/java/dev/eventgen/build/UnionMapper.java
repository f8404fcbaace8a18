package dev.eventgen.build;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventgen.model.Identifiers;
import dev.eventgen.model.ObjectType;
import dev.eventgen.model.PayloadType;
import dev.eventgen.model.TypeRef;
import dev.eventgen.model.UnionType;
import dev.eventgen.parse.Nodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Maps {@code oneOf}/{@code anyOf} of object schemas to a {@link UnionType}. The discriminator is
 * the spec's {@code discriminator} (with OpenAPI's {@code mapping} giving the variants' values),
 * else the first property that is {@code const} with a distinct value in every variant. Unions with
 * a non-object variant cannot be a sealed family of records: they are modelled as Object, with a
 * warning. A {@code {type: 'null'}} variant only makes the value nullable, which every component
 * is: it is left out, and a union of one other variant is that variant.
 */
final class UnionMapper {

  private final SchemaMapper schemas;
  private final SchemaFlattener flattener;

  UnionMapper(SchemaMapper schemas, SchemaFlattener flattener) {
    this.schemas = schemas;
    this.flattener = flattener;
  }

  PayloadType union(JsonNode schema, JsonNode s, String hint) {
    List<JsonNode> options =
        Nodes.items(s.has("oneOf") ? s.get("oneOf") : s.get("anyOf")).stream()
            .filter(option -> !isNull(option))
            .toList();
    if (options.size() == 1) {
      return schemas.map(options.get(0), hint); // {oneOf: [{type: 'null'}, X]}: a nullable X
    }
    boolean allObjects = !options.isEmpty() && options.stream().allMatch(this::isObject);
    if (!allObjects) {
      return schemas.warnAny(
          schema,
          "a oneOf/anyOf whose variants are not all objects with properties is modelled as Object");
    }
    TypeRef ref = schemas.name(schema, hint);
    List<TypeRef> variants = new ArrayList<>();
    for (int i = 0; i < options.size(); i++) {
      JsonNode option = options.get(i);
      String variantHint = variantHint(ref.name(), option, i);
      PayloadType variant = schemas.map(option, variantHint);
      if (!(variant instanceof TypeRef variantRef
          && schemas.type(variantRef.name()) instanceof ObjectType)) {
        schemas.forget(schema);
        return schemas.warnAny(
            option,
            schema,
            "a oneOf/anyOf variant that is no object with properties"
                + " makes the union an Object");
      }
      variants.add(variantRef);
    }
    String discriminator = discriminator(s, options);
    if (discriminator == null && s.has("oneOf")) {
      schemas.warnUnchecked(
          schema,
          "oneOf without a discriminator is read as the first variant the value fits;"
              + " a value that fits several is not refused");
    }
    List<String> values = new ArrayList<>();
    if (discriminator != null) {
      Map<String, String> mapped = Discriminators.mapping(s);
      for (int i = 0; i < options.size(); i++) {
        String name = variants.get(i).name();
        String value = mapped.getOrDefault(name, constOf(options.get(i), discriminator));
        values.add(value != null ? value : name);
      }
    }
    schemas.define(
        new UnionType(
            ref.name(), Nodes.doc(s), SchemaMapper.deprecated(s), discriminator, variants, values));
    return ref;
  }

  /** {@code Circle} (its title), {@code ShapeSquare} (its first const), else {@code Shape2}. */
  private String variantHint(String unionName, JsonNode option, int index) {
    String title = Nodes.text(option, "title");
    if (title != null) {
      return title;
    }
    for (var names = flattener.flatten(option).path("properties").fieldNames(); names.hasNext(); ) {
      String value = constOf(option, names.next());
      if (value != null) {
        return unionName + Identifiers.pascalCase(value);
      }
    }
    return unionName + (index + 1);
  }

  /** {@code {type: 'null'}}: the variant that makes a union nullable, as every component is. */
  private static boolean isNull(JsonNode option) {
    return option.isObject() && "null".equals(Nodes.text(option, "type")) && option.size() == 1;
  }

  private boolean isObject(JsonNode option) {
    return option.isObject() && SchemaMapper.isRecord(flattener.flatten(option));
  }

  private String discriminator(JsonNode s, List<JsonNode> options) {
    String declared = Discriminators.declared(s);
    if (declared != null) {
      return declared;
    }
    JsonNode first = flattener.flatten(options.get(0)).path("properties");
    for (var names = first.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      List<String> values = options.stream().map(o -> constOf(o, name)).toList();
      boolean distinct = values.stream().distinct().count() == values.size();
      if (values.stream().allMatch(Objects::nonNull) && distinct) {
        return name;
      }
    }
    return null;
  }

  /** The property's single allowed value in a variant ({@code const} or one-value enum). */
  private String constOf(JsonNode option, String property) {
    JsonNode p = flattener.flatten(option).path("properties").path(property);
    if (p.isObject()) {
      p = flattener.flatten(p);
    }
    if (p.has("const") && p.get("const").isValueNode()) {
      return p.get("const").asText();
    }
    JsonNode values = p.path("enum");
    return values.isArray() && values.size() == 1 ? values.get(0).asText() : null;
  }
}
