package dev.eventgen.emit.records;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The awkward cases of {@link EdgeModel}, generated, compiled, loaded and exercised. */
class EdgeCasesBehaviourTest {

  @TempDir static Path workDir;
  static GeneratedModel model;

  @BeforeAll
  static void generate() throws Exception {
    model = GeneratedModel.of(EdgeModel.api(), workDir);
  }

  @Test
  void compilesWithoutWarningsUnderCompileTesting() {
    assertThat(RecordsCompileTest.compile(RecordsCompileTest.emit(EdgeModel.api())))
        .succeededWithoutWarnings();
  }

  @Test
  void unionPicksTheVariantByDiscriminator() throws Exception {
    String json = "{\"shape\":{\"kind\":\"square\",\"side\":2.5}}";

    Object drawing = model.read(json, "Drawing");

    Object shape = GeneratedModel.call(drawing, "shape");
    assertEquals("Square", shape.getClass().getSimpleName());
    assertEquals(2.5, GeneratedModel.call(shape, "side"));
    assertEquals(model.tree(json), model.roundTrip(json, "Drawing"));
  }

  @Test
  void unknownDiscriminatorValueIsRejected() {
    String json = "{\"shape\":{\"kind\":\"hexagon\",\"side\":2.5}}";

    InvalidTypeIdException e =
        assertThrows(InvalidTypeIdException.class, () -> model.read(json, "Drawing"));

    assertTrue(e.getMessage().contains("hexagon"), e.getMessage());
  }

  @Test
  void unionWithoutDiscriminatorDeducesTheVariant() throws Exception {
    String json =
        "{\"shape\":{\"kind\":\"circle\",\"radius\":1.0},"
            + "\"figures\":[{\"kind\":\"circle\",\"radius\":1.5},{\"sides\":5}]}";

    List<?> figures = (List<?>) GeneratedModel.call(model.read(json, "Drawing"), "figures");

    assertEquals(
        List.of("Circle", "Polygon"),
        figures.stream().map(f -> f.getClass().getSimpleName()).toList());
    assertEquals(model.tree(json), model.roundTrip(json, "Drawing"));
  }

  @Test
  void variantOfTwoUnionsImplementsBoth() {
    List<String> interfaces =
        Arrays.stream(model.type("Circle").getInterfaces()).map(Class::getSimpleName).toList();
    assertEquals(List.of("Figure", "Shape"), interfaces); // model order
  }

  @Test
  void variantReadsAndWritesAsItself() throws Exception {
    String circle = "{\"kind\":\"circle\",\"radius\":1.5}";
    assertEquals(model.tree(circle), model.roundTrip(circle, "Circle"));
    String polygon = "{\"sides\":3,\"name\":\"triangle\"}";
    assertEquals(model.tree(polygon), model.roundTrip(polygon, "Polygon"));
  }

  @Test
  void recursiveSchemaRoundTrips() throws Exception {
    String json =
        "{\"name\":\"root\",\"children\":[{\"name\":\"a\",\"children\":[{\"name\":\"a1\"}]},"
            + "{\"name\":\"b\",\"children\":[]}]}";

    assertEquals(model.tree(json), model.roundTrip(json, "TreeNode"));
  }

  @Test
  void awkwardNamesBecomeDistinctValidStableComponents() throws Exception {
    List<String> names =
        Arrays.stream(model.type("Awkward").getRecordComponents())
            .map(RecordComponent::getName)
            .toList();
    assertEquals(
        List.of(
            "class_",
            "default_",
            "callId",
            "callId_",
            "xy",
            "_2xx",
            "hashCode_",
            "builder_",
            "tool",
            "label",
            "since"),
        names);
    String json =
        "{\"class\":\"c\",\"default\":1,\"call-id\":\"dash\",\"callId\":\"camel\",\"x.y\":\"dot\","
            + "\"2xx\":\"digit\",\"hashCode\":\"h\",\"builder\":\"b\",\"tool\":{\"name\":\"n\"},"
            + "\"label\":{\"text\":\"t\"},\"since\":{\"since\":\"1.0\"}}";
    Object awkward = model.read(json, "Awkward");
    assertEquals("dash", GeneratedModel.call(awkward, "callId"));
    assertEquals("camel", GeneratedModel.call(awkward, "callId_"));
    assertEquals(model.tree(json), model.roundTrip(json, "Awkward"));
    assertEquals(
        "Awkward.class_ is required", model.rejection("{\"default\":1}", "Awkward").getMessage());
  }

  @Test
  void additionalPropertiesAreKeptAndWrittenBack() throws Exception {
    String json = "{\"name\":\"n\",\"team\":\"billing\",\"site\":\"emea\"}";

    Object labels = model.read(json, "Labels");

    assertEquals(
        Map.of("team", "billing", "site", "emea"),
        GeneratedModel.call(labels, "additionalProperties"));
    assertEquals(model.tree(json), model.roundTrip(json, "Labels"));
    Object bare = model.read("{\"name\":\"n\"}", "Labels");
    assertEquals(Map.of(), GeneratedModel.call(bare, "additionalProperties"));
  }

  @Test
  void wrappedPayloadsReadAndWriteTheBareValue() throws Exception {
    String shape = "{\"kind\":\"circle\",\"radius\":3.0}";
    Object drawn = model.read(shape, "ShapeDrawn");
    assertEquals("Circle", GeneratedModel.call(drawn, "value").getClass().getSimpleName());
    assertEquals(model.tree(shape), model.roundTrip(shape, "ShapeDrawn"));

    String tags = "[\"a\",\"b\"]";
    assertEquals(List.of("a", "b"), GeneratedModel.call(model.read(tags, "TagList"), "value"));
    assertEquals(model.tree(tags), model.roundTrip(tags, "TagList"));
    assertTrue(model.type("CvpEvent").isAssignableFrom(model.type("TagList")));
  }

  @Test
  void everyScalarKindRoundTrips() throws Exception {
    String json =
        "{\"text\":\"t\",\"flag\":true,\"count\":7,\"big\":9007199254740993,"
            + "\"huge\":123456789012345678901234567890,\"ratio\":0.25,\"amount\":12.50,"
            + "\"at\":\"2025-05-14T15:03:54.453-05:00\",\"day\":\"2025-05-14\","
            + "\"time\":\"15:03:54.453+01:00\",\"id\":\"9b2f3c1e-6a0d-4c1b-8d0e-2f6f5d3a7c11\","
            + "\"link\":\"https://example.com/a?b=c\",\"blob\":\"AAEC\","
            + "\"anything\":{\"nested\":[1,\"two\",null]}}";

    Object all = model.read(json, "AllScalars");

    assertArrayEquals(new byte[] {0, 1, 2}, (byte[]) GeneratedModel.call(all, "blob"));
    assertEquals(model.tree(json), model.roundTrip(json, "AllScalars"));
  }

  @Test
  void emptyObjectAndMessageWithoutPayloadWork() throws Exception {
    assertEquals(model.tree("{}"), model.roundTrip("{\"x\":1}", "Empty"));
    assertEquals(model.tree("{\"any\":[1]}"), model.roundTrip("{\"any\":[1]}", "Ping"));
  }

  @Test
  void deprecationIsCarriedOver() throws Exception {
    assertTrue(model.type("LegacyThing").isAnnotationPresent(Deprecated.class));
    assertTrue(model.type("OldColour").isAnnotationPresent(Deprecated.class));
    // A deprecated field is not annotated on the component (javac warns there); its builder
    // setter is (DeprecatedFieldTest).
    assertFalse(
        model.type("LegacyThing").getMethod("oldName").isAnnotationPresent(Deprecated.class));
    assertFalse(model.type("Drawing").isAnnotationPresent(Deprecated.class));
  }

  @Test
  void descriptorHandlesChannelsWithoutAddressOrBinding() throws Exception {
    Object drawings = model.type("CvpApi").getField("DRAWINGS").get(null);
    assertEquals(null, GeneratedModel.call(drawings, "address"));
    assertEquals(null, GeneratedModel.call(drawings, "jmsDestination"));
    assertEquals(List.of("Drawing"), GeneratedModel.call(drawings, "messageNames"));
  }
}
