package dev.eventgen.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eventgen.LoadedSpec;
import dev.eventgen.SpecLoader;
import dev.eventgen.build.ModelBuilder;
import dev.eventgen.diagnostic.Diagnostic;
import dev.eventgen.diagnostic.Diagnostics;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** OpenAPI 3.0 and Avro payload schemas, as models (src/test/resources/formats). */
class SchemaFormatsTest {

  private static final String DIR = "src/test/resources/formats/";

  private final LoadedSpec openApi = SpecLoader.load(Path.of(DIR + "openapi-3.0.yaml"));
  private final LoadedSpec avro = SpecLoader.load(Path.of(DIR + "avro-3.0.yaml"));

  private static ObjectType object(LoadedSpec spec, String name) {
    return (ObjectType) spec.api().type(name).orElseThrow();
  }

  private static Property property(ObjectType type, String name) {
    return type.property(name).orElseThrow();
  }

  private static Kind kind(ObjectType type, String name) {
    return assertInstanceOf(Scalar.class, property(type, name).type()).kind();
  }

  @Test
  void openApiScalarsNullableAndFormats() {
    // a payload used by one message is named after it, as for JSON Schema payloads
    assertEquals(
        new TypeRef("PetAdopted"), openApi.api().message("PetAdopted").orElseThrow().payload());
    ObjectType adoption = object(openApi, "PetAdopted");
    assertEquals(Kind.UUID, kind(adoption, "id"));
    assertTrue(property(adoption, "id").required()); // readOnly is accepted and ignored
    assertEquals(Kind.STRING, kind(adoption, "nickname"));
    assertFalse(property(adoption, "nickname").required(), "nullable: the field may be null");
    assertEquals(Kind.BYTES, kind(adoption, "photo"));
    assertEquals(Kind.BYTES, kind(adoption, "contract"));
    assertEquals(Kind.BIG_DECIMAL, kind(adoption, "fee"));
  }

  @Test
  void openApiDiscriminatorMappingNamesTheVariants() {
    assertEquals(new TypeRef("Pet"), property(object(openApi, "PetAdopted"), "pet").type());
    UnionType pet = (UnionType) openApi.api().type("Pet").orElseThrow();
    assertEquals("petType", pet.discriminator());
    assertEquals(List.of(new TypeRef("Cat"), new TypeRef("Dog")), pet.variants());
    assertEquals(List.of("cat", "doggo"), pet.variantValues());
    assertEquals(Kind.INT, kind(object(openApi, "Cat"), "lives"));
    assertFalse(property(object(openApi, "Dog"), "goodBoy").required());
  }

  /**
   * The model stage alone: asyncapi-core cannot bind {@code nullable} in an AsyncAPI schema, which
   * the check stage reports; what the model makes of it is asserted here.
   */
  private static Api modelOnly(String file) {
    Diagnostics diagnostics = new Diagnostics();
    Path path = Path.of(DIR + file);
    ResolvedSpec spec =
        new RefResolver(diagnostics).resolve(new SpecReader(diagnostics).read(path, path));
    Api api = ModelBuilder.build(spec, Layout.of(SpecVersion.V3, spec.tree()), diagnostics);
    diagnostics.gate();
    return api;
  }

  @Test
  void openApiHabitsInAnAsyncApiSchema() {
    ObjectType noted = (ObjectType) modelOnly("habits-3.0.yaml").type("PetNoted").orElseThrow();
    assertTrue(property(noted, "text").required());
    assertFalse(property(noted, "remark").required(), "nullable: true means type [x, null]");
    assertEquals(Kind.STRING, kind(noted, "remark"));
  }

  @Test
  void openApiSchemasAreNotCheckedAsAsyncApiKeys() {
    assertEquals(
        List.of(),
        openApi.warnings().stream()
            .map(Diagnostic::render)
            .filter(w -> !w.contains("W003"))
            .toList());
  }

  @Test
  void avroRecordIsNamedAfterItsSimpleName() {
    assertEquals(new TypeRef("Order"), avro.api().message("OrderPlaced").orElseThrow().payload());
    ObjectType order = object(avro, "Order");
    assertEquals("An order was placed.", order.doc());
    assertEquals("Free text from the customer.", property(order, "note").doc());
    assertEquals(new TypeRef("Customer"), property(order, "customer").type());
    assertEquals(Kind.STRING, kind(object(avro, "Customer"), "name"));
  }

  @Test
  void avroPrimitivesAndLogicalTypes() {
    ObjectType order = object(avro, "Order");
    Map<String, Kind> kinds = new LinkedHashMap<>();
    kinds.put("id", Kind.UUID);
    kinds.put("placedAt", Kind.DATE_TIME); // timestamp-millis
    kinds.put("shippedAt", Kind.DATE_TIME); // timestamp-micros, in a union with null
    kinds.put("day", Kind.DATE);
    kinds.put("total", Kind.BIG_DECIMAL);
    kinds.put("quantity", Kind.INT);
    kinds.put("weight", Kind.DOUBLE);
    kinds.put("ratio", Kind.DOUBLE);
    kinds.put("sequence", Kind.LONG);
    kinds.put("gift", Kind.BOOLEAN);
    kinds.put("signature", Kind.BYTES);
    kinds.put("checksum", Kind.BYTES); // fixed
    kinds.put("lastChecksum", Kind.BYTES); // the fixed, by name
    kinds.forEach((name, kind) -> assertEquals(kind, kind(order, name), name));
  }

  @Test
  void avroOptionalityFromNullUnionsAndDefaults() {
    ObjectType order = object(avro, "Order");
    for (String required : List.of("id", "placedAt", "status", "tags", "customer", "payment")) {
      assertTrue(property(order, required).required(), required);
    }
    for (String optional : List.of("shippedAt", "note", "quantity", "referrer")) {
      assertFalse(property(order, optional).required(), optional);
    }
  }

  @Test
  void avroEnumsArraysMapsAndNamedReferences() {
    ObjectType order = object(avro, "Order");
    EnumType status = (EnumType) avro.api().type("Status").orElseThrow();
    assertEquals(List.of("PLACED", "PAID", "SHIPPED"), status.values());
    assertEquals(new TypeRef("Status"), property(order, "status").type());
    assertEquals(new TypeRef("Status"), property(order, "backupStatus").type());
    assertEquals(
        new TypeRef("Status"), property(object(avro, "Customer"), "previousStatus").type());
    assertEquals(new TypeRef("Customer"), property(order, "referrer").type());
    PayloadType tags = property(order, "tags").type();
    assertEquals(Kind.STRING, ((Scalar) assertInstanceOf(ListType.class, tags).items()).kind());
    PayloadType attributes = property(order, "attributes").type();
    assertEquals(Kind.LONG, ((Scalar) assertInstanceOf(MapType.class, attributes).values()).kind());
  }

  @Test
  void avroUnionOfRecordsIsAOneOf() {
    PayloadType payment = property(object(avro, "Order"), "payment").type();
    UnionType union = (UnionType) avro.api().resolve((TypeRef) payment);
    assertEquals(List.of(new TypeRef("Card"), new TypeRef("Transfer")), union.variants());
    assertEquals(List.of(), avro.warnings().stream().map(Diagnostic::render).toList());
  }
}
