package dev.eventgen.build;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventgen.diagnostic.Diagnostics;
import dev.eventgen.diagnostic.ErrorCode;
import dev.eventgen.model.EnumType;
import dev.eventgen.model.Identifiers;
import dev.eventgen.model.ListType;
import dev.eventgen.model.MapType;
import dev.eventgen.model.NamedType;
import dev.eventgen.model.ObjectType;
import dev.eventgen.model.PayloadType;
import dev.eventgen.model.Property;
import dev.eventgen.model.Scalar;
import dev.eventgen.model.TypeRef;
import dev.eventgen.parse.JsonPointer;
import dev.eventgen.parse.Nodes;
import dev.eventgen.parse.Origins;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps JSON Schemas to payload types. Objects, enums and unions become named types, listed once and
 * referred to by {@link TypeRef}: named after their component key, else the name the caller prefers
 * (a message's payload), else the hint (parent type + property). A schema node always maps to the
 * same type, and a recursive {@code $ref} to the type being built.
 */
final class SchemaMapper {

  private final Origins origins;
  private final Diagnostics diagnostics;
  private final SchemaFlattener flattener;
  private final TypeNames typeNames;
  private final UnionMapper unions;
  private final Map<JsonNode, String> preferredNames = new IdentityHashMap<>();
  private final Map<JsonNode, TypeRef> refs = new IdentityHashMap<>();
  private final Map<String, NamedType> types = new LinkedHashMap<>();

  SchemaMapper(Origins origins, Diagnostics diagnostics) {
    this.origins = origins;
    this.diagnostics = diagnostics;
    this.flattener = new SchemaFlattener(origins, diagnostics);
    this.typeNames = new TypeNames(diagnostics);
    this.unions = new UnionMapper(this, flattener);
  }

  /**
   * Names the type of this schema, if it becomes one, after a message or an Avro name (not a
   * component). The first name preferred for a schema stays.
   */
  void prefer(JsonNode schema, String name) {
    if (preferredNames.putIfAbsent(schema, name) == null) {
      typeNames.reserve(name);
    }
  }

  /**
   * Keeps the components' names free for them (derived names met first get a suffix instead). Plain
   * keys go first, so a qualified class name ({@code io.acme.OrderDto}) whose simple name a plain
   * key ({@code OrderDto}) has gets a package prefix rather than taking it.
   */
  void reserve(Collection<String> componentNames) {
    componentNames.stream()
        .sorted(Comparator.comparing(k -> Identifiers.typeNameCandidates(k).size() > 1))
        .forEach(typeNames::reserve);
  }

  /** Every named type met so far, sorted by name. */
  List<NamedType> types() {
    return types.values().stream().sorted(Comparator.comparing(NamedType::name)).toList();
  }

  NamedType type(String name) {
    return types.get(name);
  }

  JsonNode flatten(JsonNode schema) {
    return flattener.flatten(schema);
  }

  /** The type of a schema; {@code hint} names it if it becomes a type of its own. */
  PayloadType map(JsonNode schema, String hint) {
    if (schema != null && schema.isBoolean() && !schema.booleanValue()) {
      return untyped(schema); // false: no value is allowed, which the record's rule checks
    }
    if (schema == null || !schema.isObject()) {
      return Scalar.of(Scalar.Kind.ANY); // absent, true or a non-schema
    }
    JsonNode target = origins.backRefTarget(schema);
    if (target != null) {
      TypeRef ref = refs.get(target);
      if (ref != null) {
        return ref;
      }
      return warnAny(schema, "a recursive schema that is not an object is modelled as Object");
    }
    TypeRef known = refs.get(schema);
    return known != null ? known : shape(schema, hint);
  }

  /** Maps a schema met for the first time, by its shape once allOf is flattened. */
  private PayloadType shape(JsonNode schema, String hint) {
    JsonNode s = flattener.flatten(schema);
    if (s.has("not") && SchemaTypes.type(s) == null) {
      return warnAny(schema, "'not' cannot be modelled; the value is modelled as Object");
    }
    String untyped = TypedKeywords.withoutTypedForm(schema, s);
    if (untyped != null) {
      return warnAny(
          schema,
          "'"
              + untyped
              + "' has no typed form; the value is modelled as Object, its rules checked");
    }
    if (s.has("oneOf") || s.has("anyOf")) {
      return unions.union(schema, s, hint);
    }
    TypedKeywords.warnUnchecked(s, origins.locate(schema), diagnostics);
    String type = SchemaTypes.type(s);
    if (SchemaTypes.AMBIGUOUS.equals(type)) {
      return warnAny(schema, "a schema with several types is modelled as Object");
    }
    if ("object".equals(type)) {
      return object(schema, s, hint);
    }
    if ("array".equals(type)) {
      return list(s, hint);
    }
    if (s.path("enum").isArray() && type != null) {
      return enumType(schema, s, type, hint);
    }
    if (type == null && SchemaTypes.hasMixedValues(s.path("enum"))) {
      return warnAny(schema, "an enum whose values have several JSON types is modelled as Object");
    }
    return ScalarMapper.scalar(s, type);
  }

  /** Registers a named type for the schema before its parts are mapped (they may refer back). */
  TypeRef name(JsonNode schema, String hint) {
    String component = componentName(schema);
    String preferred = preferredNames.get(schema);
    String trait = traitName(schema);
    String raw =
        preferred != null
            ? preferred
            : component != null ? component : trait != null ? trait : hint;
    boolean explicit = preferred != null || component != null;
    TypeRef ref = new TypeRef(typeNames.claim(raw, explicit, origins.locate(schema)));
    refs.put(schema, ref);
    return ref;
  }

  void define(NamedType type) {
    types.put(type.name(), type);
  }

  PayloadType warnAny(JsonNode schema, String message) {
    return warnAny(schema, schema, message);
  }

  /**
   * An untyped value whose rules are those of {@code rules}, with a warning at {@code at} that it
   * has no one Java type.
   */
  PayloadType warnAny(JsonNode at, JsonNode rules, String message) {
    ErrorCode.W002.report(diagnostics, origins.locate(at), message);
    return untyped(rules);
  }

  /** Warns (W011) that a rule of this schema is not checked. */
  void warnUnchecked(JsonNode schema, String message) {
    ErrorCode.W011.report(diagnostics, origins.locate(schema), message);
  }

  /** A value held as {@code JsonNode} whose record still checks every rule of its schema. */
  private static PayloadType untyped(JsonNode schema) {
    return new Scalar(Scalar.Kind.ANY, Scalar.Constraints.NONE.withUntypedSchema(schema));
  }

  /** An object schema that becomes a record: it has properties, or forbids any others. */
  static boolean isRecord(JsonNode s) {
    JsonNode additional = s.path("additionalProperties");
    return "object".equals(SchemaTypes.type(s))
        && (!Nodes.fields(s.get("properties")).isEmpty()
            || additional.isBoolean() && !additional.asBoolean());
  }

  void forget(JsonNode schema) {
    refs.remove(schema);
  }

  private PayloadType object(JsonNode schema, JsonNode s, String hint) {
    JsonNode additional = extraSchema(s);
    Map<String, JsonNode> properties = Nodes.fields(s.get("properties"));
    if (!isRecord(s)) {
      return new MapType(
          additional != null && additional.isObject()
              ? map(additional, hint + "Value")
              : Scalar.of(Scalar.Kind.ANY));
    }
    TypeRef ref = name(schema, hint);
    Set<String> required = new HashSet<>();
    s.path("required").forEach(r -> required.add(r.asText()));
    List<Property> props = new ArrayList<>();
    properties.forEach(
        (wire, p) ->
            props.add(
                new Property(
                    wire,
                    map(p, ref.name() + Identifiers.pascalCase(wire)),
                    required.contains(wire) && !SchemaTypes.nullable(flattener.flatten(p)),
                    Nodes.doc(p),
                    p.path("deprecated").asBoolean(false))));
    PayloadType extra =
        additional != null && additional.isObject() ? map(additional, ref.name() + "Value") : null;
    boolean closed =
        s.path("additionalProperties").isBoolean()
            && !s.get("additionalProperties").asBoolean()
            && Nodes.fields(s.get("patternProperties")).isEmpty();
    define(new ObjectType(ref.name(), Nodes.doc(s), deprecated(s), props, extra, closed));
    return ref;
  }

  /**
   * The schema of the properties an object has besides its named ones: {@code
   * additionalProperties}, else the schema all its {@code patternProperties} share (an empty
   * schema, with a warning, if they differ); null if neither is written.
   */
  private JsonNode extraSchema(JsonNode s) {
    JsonNode additional = s.get("additionalProperties");
    if (additional != null || !s.path("patternProperties").isObject()) {
      return additional;
    }
    List<JsonNode> patterns = List.copyOf(Nodes.fields(s.get("patternProperties")).values());
    if (patterns.stream().distinct().count() > 1) {
      warnAny(
          s.get("patternProperties"),
          "patternProperties of different schemas are modelled as Object values");
      return null;
    }
    return patterns.isEmpty() ? null : patterns.get(0);
  }

  private PayloadType list(JsonNode s, String hint) {
    JsonNode items = s.get("items");
    if (items != null && items.isArray()) {
      return warnAny(s, "tuple 'items' are modelled as Object, their rules checked");
    }
    PayloadType itemType = map(items, hint + "Item");
    JsonNode min = s.get("minItems");
    JsonNode max = s.get("maxItems");
    return new ListType(
        itemType,
        min != null && min.canConvertToInt() ? min.intValue() : null,
        max != null && max.canConvertToInt() ? max.intValue() : null,
        s.path("uniqueItems").asBoolean(false));
  }

  private PayloadType enumType(JsonNode schema, JsonNode s, String type, String hint) {
    List<Object> values = new ArrayList<>();
    boolean fits = true;
    for (JsonNode v : s.get("enum")) {
      if (v.isNull()) {
        continue; // null among the values makes the value nullable, as every component is
      }
      Object value = SchemaTypes.enumValue(type, v);
      fits &= value != null;
      if (value != null) {
        values.add(value);
      }
    }
    Scalar.Kind base = SchemaTypes.enumBase(type, Nodes.text(s, "format"), values);
    if (base == null || !fits || values.isEmpty()) {
      return warnAny(schema, "an enum whose values do not match its type is modelled as Object");
    }
    TypeRef ref = name(schema, hint);
    define(new EnumType(ref.name(), Nodes.doc(s), deprecated(s), base, values));
    return ref;
  }

  private String componentName(JsonNode schema) {
    Origins.Origin origin = origins.of(schema);
    if (origin == null) {
      return null;
    }
    String pointer = origin.pointer();
    boolean named =
        pointer.matches("/components/schemas/[^/]+(/schema)?") // 3.0: multi-format schema
            || pointer.matches("(/definitions|/\\$defs)/[^/]+");
    return named ? JsonPointer.lastKey(pointer) : null;
  }

  /**
   * {@code CommonHeaders} for the headers of message trait {@code Common}: shared by the messages
   * that take the trait, they are named after it rather than after the first such message.
   */
  private String traitName(JsonNode schema) {
    Origins.Origin origin = origins.of(schema);
    if (origin == null || !origin.pointer().matches("/components/messageTraits/[^/]+/headers")) {
      return null;
    }
    String pointer = origin.pointer();
    return JsonPointer.lastKey(pointer.substring(0, pointer.lastIndexOf('/'))) + "Headers";
  }

  static boolean deprecated(JsonNode s) {
    return s.path("deprecated").asBoolean(false);
  }
}
