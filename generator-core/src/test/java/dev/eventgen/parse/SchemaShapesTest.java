package dev.eventgen.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eventgen.LoadedSpec;
import dev.eventgen.SpecLoader;
import dev.eventgen.diagnostic.Diagnostic;
import dev.eventgen.model.Api;
import dev.eventgen.model.EnumType;
import dev.eventgen.model.ListType;
import dev.eventgen.model.MapType;
import dev.eventgen.model.ObjectType;
import dev.eventgen.model.PayloadType;
import dev.eventgen.model.Property;
import dev.eventgen.model.Scalar;
import dev.eventgen.model.Scalar.Kind;
import dev.eventgen.model.TypeRef;
import dev.eventgen.model.UnionType;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How each JSON Schema shape maps to the model (src/test/resources/shapes/shapes.yaml). */
class SchemaShapesTest {

  private static final String FILE = "src/test/resources/shapes/shapes.yaml";

  private final LoadedSpec spec = SpecLoader.load(Path.of(FILE));
  private final Api api = spec.api();
  private final ObjectType thing = (ObjectType) api.type("ThingHappened").orElseThrow();

  private PayloadType type(String property) {
    return thing.property(property).orElseThrow().type();
  }

  private Kind kind(String property) {
    return assertInstanceOf(Scalar.class, type(property)).kind();
  }

  @Test
  void scalarKindsFollowTypeFormatAndRange() {
    // One rule: int32 is INT; int64 or no format is LONG, however narrow the bounds.
    assertEquals(Kind.LONG, kind("small"));
    assertEquals(Kind.INT, kind("narrow"));
    assertEquals(Kind.BIG_INTEGER, kind("huge"));
    assertEquals(Kind.LONG, kind("wide"));
    assertEquals(Kind.DOUBLE, kind("ratio"));
    assertEquals(Kind.BIG_DECIMAL, kind("amount"));
    assertEquals(Kind.LONG, kind("constNumber"));
    assertEquals(Kind.STRING, kind("constText"));
    assertEquals(Kind.STRING, kind("nullableText"));
    assertEquals(Kind.DATE, kind("day"));
    assertEquals(Kind.TIME, kind("at"));
    assertEquals(Kind.URI, kind("link"));
    assertEquals(Kind.BYTES, kind("blob"));
    assertEquals(Kind.STRING, kind("mail"));
    assertEquals("email", ((Scalar) type("mail")).constraints().format());
  }

  @Test
  void unionsWithDeclaredOrDerivedDiscriminators() {
    assertEquals(new TypeRef("Pet"), type("pet"));
    UnionType pet = (UnionType) api.type("Pet").orElseThrow();
    assertEquals("petType", pet.discriminator());
    assertEquals(List.of(new TypeRef("Cat"), new TypeRef("Dog")), pet.variants());
    assertEquals(List.of("cat", "dog"), pet.variantValues());
    UnionType shape = (UnionType) api.type("ThingHappenedShape").orElseThrow();
    assertEquals("kind", shape.discriminator());
    assertEquals(
        List.of(new TypeRef("Circle"), new TypeRef("ThingHappenedShapeSquare")), shape.variants());
    assertEquals(List.of("circle", "square"), shape.variantValues());
  }

  @Test
  void whatCannotBeTypedIsAnObjectWithAWarning() {
    assertEquals(Kind.ANY, kind("stringOrObject"));
    assertEquals(Kind.ANY, kind("notAString"));
    assertEquals(Kind.ANY, kind("eitherType"));
    assertEquals(
        List.of(
            FILE
                + ":36:11: warning[W002]: a oneOf/anyOf whose variants are not all objects with properties is"
                + " modelled as Object",
            FILE
                + ":42:11: warning[W002]: 'not' cannot be modelled; the value is modelled as"
                + " Object",
            FILE + ":52:21: warning[W002]: a schema with several types is modelled as Object"),
        spec.warnings().stream().map(Diagnostic::render).toList());
  }

  @Test
  void mapsListsAndNestedObjects() {
    ObjectType counters = (ObjectType) api.type("ThingHappenedCounters").orElseThrow();
    assertEquals(Scalar.of(Kind.LONG).kind(), ((Scalar) counters.additionalProperties()).kind());
    assertEquals(new MapType(Scalar.of(Kind.ANY)), type("freeForm"));
    ListType matrix = assertInstanceOf(ListType.class, type("matrix"));
    assertEquals(Kind.BIG_DECIMAL, ((Scalar) ((ListType) matrix.items()).items()).kind());
    assertEquals(ListType.of(new TypeRef("ThingHappenedEntriesItem")), type("entries"));
  }

  @Test
  void enumsDocsDeprecationAndNames() {
    EnumType level = (EnumType) api.type("ThingHappenedLevel").orElseThrow();
    assertEquals(Kind.LONG, level.base(), "an integer enum without int32 is LONG");
    assertEquals(List.of(1L, 2L, 3L), level.values());
    Property old = thing.property("old").orElseThrow();
    assertTrue(old.deprecated());
    assertEquals("Old\n\nUse something else.", old.doc());
    assertEquals("A thing\n\nSomething that happened.", thing.doc());
    // The component keeps its name; the inline object that would have taken it gets a suffix.
    assertEquals(new TypeRef("ThingHappenedPet2"), type("other"));
    assertEquals(new TypeRef("ThingHappenedPet22"), type("pet2"));
  }
}
