package dev.eventgen.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.eventgen.LoadedSpec;
import dev.eventgen.SpecLoader;
import dev.eventgen.diagnostic.Diagnostic;
import dev.eventgen.model.Api;
import dev.eventgen.model.EnumType;
import dev.eventgen.model.ListType;
import dev.eventgen.model.MapType;
import dev.eventgen.model.NamedType;
import dev.eventgen.model.ObjectType;
import dev.eventgen.model.PayloadType;
import dev.eventgen.model.Property;
import dev.eventgen.model.Scalar;
import dev.eventgen.model.Scalar.Kind;
import dev.eventgen.model.TypeRef;
import dev.eventgen.model.UnionType;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every JSON Schema keyword that shapes a Java type, and what it maps to
 * (src/test/resources/shapes/keywords.yaml).
 */
class KeywordShapesTest {

  static final String FILE = "src/test/resources/shapes/keywords.yaml";

  private final LoadedSpec spec = SpecLoader.load(Path.of(FILE));
  private final Api api = spec.api();
  private final ObjectType sample = (ObjectType) api.type("SampleHappened").orElseThrow();

  private PayloadType type(String property) {
    return sample.property(property).orElseThrow().type();
  }

  private Kind kind(String property) {
    return assertInstanceOf(Scalar.class, type(property)).kind();
  }

  private NamedType named(String property) {
    return api.resolve(assertInstanceOf(TypeRef.class, type(property)));
  }

  private List<Object> enumValues(String property) {
    return assertInstanceOf(EnumType.class, named(property)).values();
  }

  @Test
  void nullInATypeArrayLeavesTheOtherType() {
    assertEquals(Kind.STRING, kind("nullableText"));
    assertEquals(Kind.INT, kind("nullableCount"));
    assertEquals(new TypeRef("Node"), type("nullableRef")); // oneOf [{type: 'null'}, Node]
    assertEquals(Kind.ANY, kind("eitherType"));
  }

  @Test
  void constOfEveryScalarTypeIsKeptAsAConstraint() {
    Scalar constInt = (Scalar) type("constInt");
    assertEquals(Kind.LONG, constInt.kind());
    assertEquals(42L, constInt.constraints().constValue());
    Scalar constNumber = (Scalar) type("constNumber");
    assertEquals(Kind.BIG_DECIMAL, constNumber.kind());
    assertEquals(new BigDecimal("1.5"), constNumber.constraints().constValue());
    assertEquals(true, ((Scalar) type("constTrue")).constraints().constValue());
    assertEquals(Kind.ANY, kind("constNull"));
    assertEquals("sample", ((Scalar) type("kind")).constraints().constValue());
  }

  @Test
  void enumsOfEveryJsonType() {
    assertEquals(List.of("red", "green", "blue"), enumValues("stringEnum"));
    assertEquals(
        List.of("a-b", "a_b", "A B", "1st", "", "class", "VALUES", "é"), enumValues("oddEnum"));
    assertEquals(List.of(-1L, 0L, 1L, 10000000000L), enumValues("intEnum"));
    assertEquals(Kind.LONG, ((EnumType) named("intEnum")).base());
    assertEquals(Kind.DOUBLE, ((EnumType) named("numberEnum")).base());
    assertEquals(List.of(true, false), enumValues("boolEnum"));
    assertEquals(List.of("on", "off"), enumValues("nullableEnum")); // null: nullable
    assertEquals(Kind.ANY, kind("mixedEnum"));
    assertEquals(Kind.ANY, kind("onlyNullEnum"));
  }

  @Test
  void additionalAndPatternPropertiesAreMaps() {
    assertEquals(Kind.INT, ((Scalar) ((MapType) type("counts")).values()).kind());
    assertEquals(new MapType(new TypeRef("Node")), type("nodesByKey"));
    assertEquals(new MapType(Scalar.of(Kind.ANY)), type("anyProps"));
    assertEquals(List.of(), ((ObjectType) named("noProps")).properties());
    // a Map cannot check its keys' patterns: the value is untyped, its rules checked
    assertEquals(Kind.ANY, ((Scalar) type("patterned")).kind());
    assertEquals(Kind.ANY, ((Scalar) type("patternedMixed")).kind());
    assertEquals(new MapType(Scalar.of(Kind.ANY)), type("mapTrue"));
  }

  @Test
  void arraysBooleanAndEmptySchemas() {
    assertEquals(Kind.ANY, ((Scalar) type("tuple")).kind()); // its rules are checked untyped
    assertEquals(ListType.of(Scalar.of(Kind.ANY)), type("untypedList"));
    assertEquals(ListType.of(Scalar.of(Kind.ANY)), type("itemsTrue"));
    assertEquals(Scalar.of(Kind.ANY), type("trueSchema"));
    assertEquals(Kind.ANY, ((Scalar) type("falseSchema")).kind());
    assertEquals(Scalar.of(Kind.ANY), type("emptySchema"));
  }

  @Test
  void allOfMergesPropertiesAndRequiredFromEveryPart() {
    ObjectType merged = (ObjectType) named("merged");
    assertEquals(
        List.of("id", "note", "extra"),
        merged.properties().stream().map(Property::wireName).toList());
    assertEquals(
        List.of(true, false, true), merged.properties().stream().map(Property::required).toList());
  }

  @Test
  void unionsAndRecursion() {
    UnionType animal = (UnionType) named("animal");
    assertEquals("type", animal.discriminator());
    assertEquals(List.of("cat", "dog"), animal.variantValues());
    UnionType vehicle = (UnionType) named("vehicle");
    assertNull(vehicle.discriminator());
    assertEquals(List.of(new TypeRef("Car"), new TypeRef("Bike")), vehicle.variants());
    ObjectType node = (ObjectType) named("tree");
    assertEquals(new TypeRef("Node"), node.property("parent").orElseThrow().type());
    assertEquals(ListType.of(new TypeRef("Node")), node.property("children").orElseThrow().type());
    assertEquals(new MapType(new TypeRef("Node")), node.property("byName").orElseThrow().type());
    assertEquals(new TypeRef("Base"), type("refWithSiblings"));
  }

  @Test
  void qualifiedClassNamesLoseTheirPackageUnlessTwoClash() {
    assertEquals(new TypeRef("OrderDto"), type("plainOrder"));
    assertEquals(new TypeRef("DtosOrderDto"), type("order"));
    assertEquals(new TypeRef("OtherOrderDto"), type("otherOrder"));
    assertEquals(new TypeRef("PageOrderDto"), type("page"));
  }

  @Test
  void whatCannotBeTypedIsWarnedAbout() {
    assertEquals(
        List.of(
            FILE + ":28:21: warning[W002]: a schema with several types is modelled as Object",
            FILE
                + ":38:20: warning[W002]: an enum whose values have several JSON types is"
                + " modelled as Object",
            FILE
                + ":54:11: warning[W002]: 'patternProperties' has no typed form; the value is"
                + " modelled as Object, its rules checked",
            FILE
                + ":58:11: warning[W002]: 'patternProperties' has no typed form; the value is"
                + " modelled as Object, its rules checked",
            FILE
                + ":63:11: warning[W002]: tuple 'items' are modelled as Object, their rules checked",
            FILE + ":89:11: warning[W001]: keys next to $ref are ignored: 'description'"),
        spec.warnings().stream().map(Diagnostic::render).toList());
  }
}
