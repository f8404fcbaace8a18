package dev.eventgen.emit.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eventgen.SpecLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The records of src/test/resources/shapes/keywords.yaml (every type-shaping JSON Schema keyword),
 * generated, compiled with every lint as errors, and read and written back with Jackson.
 */
class KeywordsBehaviourTest {

  static final Path SPEC = Path.of("src/test/resources/shapes/keywords.yaml");

  @TempDir static Path workDir;
  static GeneratedModel model;

  @BeforeAll
  static void generate() throws Exception {
    model = GeneratedModel.of(SpecLoader.load(SPEC).api(), workDir);
  }

  private static String sample(String fields) {
    return "{\"kind\":\"sample\"" + (fields.isEmpty() ? "" : "," + fields) + "}";
  }

  private Object read(String fields) throws Exception {
    return model.read(sample(fields), "SampleHappened");
  }

  private void assertRoundTrips(String fields) throws Exception {
    String json = sample(fields);
    assertEquals(model.tree(json), model.roundTrip(json, "SampleHappened"));
  }

  @Test
  void nullableFieldsTakeNullAndAValue() throws Exception {
    Object absent = read("\"nullableText\":null,\"nullableCount\":null,\"nullableRef\":null");
    assertNull(GeneratedModel.call(absent, "nullableText"));
    assertNull(GeneratedModel.call(absent, "nullableCount"));
    assertNull(GeneratedModel.call(absent, "nullableRef"));
    Object present = read("\"nullableText\":\"t\",\"nullableCount\":3");
    assertEquals("t", GeneratedModel.call(present, "nullableText"));
    assertEquals(3, GeneratedModel.call(present, "nullableCount"));
    assertRoundTrips(
        "\"nullableText\":\"t\",\"nullableCount\":3,\"nullableRef\":{\"name\":\"n\"},"
            + "\"nullableEnum\":\"off\"");
  }

  @Test
  void mapsKeepTheirEntries() throws Exception {
    Object read = read("\"counts\":{\"a\":1,\"b\":2},\"patterned\":{\"x-a\":\"s\"}");
    assertEquals(Map.of("a", 1, "b", 2), GeneratedModel.call(read, "counts"));
    assertEquals(model.tree("{\"x-a\":\"s\"}"), GeneratedModel.call(read, "patterned"));
    assertThrows(Exception.class, () -> read("\"patterned\":{\"x-a\":1}"));
    assertRoundTrips(
        "\"counts\":{\"a\":1},\"nodesByKey\":{\"k\":{\"name\":\"n\"}},"
            + "\"anyProps\":{\"x\":[1,{\"y\":null}]},\"patternedMixed\":{\"s-a\":\"v\",\"n-b\":2},"
            + "\"noProps\":{}");
  }

  @Test
  void enumsOfOddValuesKeepTheirWireValues() throws Exception {
    Class<?> odd = model.type("SampleHappenedOddEnum");
    List<String> constants =
        List.of(odd.getEnumConstants()).stream().map(c -> ((Enum<?>) c).name()).toList();
    assertEquals(
        List.of("A_B", "A_B_", "A_B__", "VALUE_1ST", "VALUE", "CLASS", "VALUES_", "É"), constants);
    Object read = read("\"oddEnum\":\"A B\",\"intEnum\":10000000000,\"boolEnum\":false");
    assertEquals("A_B__", ((Enum<?>) GeneratedModel.call(read, "oddEnum")).name());
    assertEquals("VALUE_10000000000", ((Enum<?>) GeneratedModel.call(read, "intEnum")).name());
    for (String value : List.of("a-b", "a_b", "A B", "1st", "", "class", "VALUES", "é")) {
      assertRoundTrips("\"oddEnum\":\"" + value + "\"");
    }
    assertRoundTrips(
        "\"stringEnum\":\"green\",\"intEnum\":-1,\"numberEnum\":2.25,\"boolEnum\":true");
    assertThrows(Exception.class, () -> read("\"stringEnum\":\"purple\""));
  }

  @Test
  void recursiveRecordsReferToThemselves() throws Exception {
    Class<?> node = model.type("Node");
    assertEquals(node, node.getRecordComponents()[1].getType()); // parent
    assertRoundTrips(
        "\"tree\":{\"name\":\"root\",\"parent\":{\"name\":\"up\"},"
            + "\"children\":[{\"name\":\"a\",\"children\":[{\"name\":\"a1\"}]}],"
            + "\"byName\":{\"b\":{\"name\":\"b\"}}}");
  }

  @Test
  void unionsAreReadByDiscriminatorOrByDeduction() throws Exception {
    Object read = read("\"animal\":{\"type\":\"dog\",\"good\":true},\"vehicle\":{\"gears\":3}");
    Object animal = GeneratedModel.call(read, "animal");
    assertEquals("Dog", animal.getClass().getSimpleName());
    assertTrue(model.type("Animal").isSealed());
    assertTrue(model.type("Animal").isInstance(animal));
    assertEquals("Bike", GeneratedModel.call(read, "vehicle").getClass().getSimpleName());
    assertRoundTrips(
        "\"animal\":{\"type\":\"cat\",\"lives\":9},\"vehicle\":{\"wheels\":4,\"brand\":\"b\"}");
  }

  @Test
  void constsAreEnforced() throws Exception {
    assertRoundTrips("\"constInt\":42,\"constNumber\":1.5,\"constTrue\":true");
    assertThrows(Exception.class, () -> model.read("{\"kind\":\"other\"}", "SampleHappened"));
    assertThrows(Exception.class, () -> read("\"constInt\":41"));
    assertThrows(Exception.class, () -> read("\"constTrue\":false"));
  }

  @Test
  void mergedAndLooseShapesRoundTrip() throws Exception {
    Object read = read("\"merged\":{\"id\":\"i\",\"extra\":true}");
    assertEquals("i", GeneratedModel.call(GeneratedModel.call(read, "merged"), "id"));
    assertRoundTrips(
        "\"merged\":{\"id\":\"i\",\"note\":\"n\",\"extra\":false},\"eitherType\":3,"
            + "\"mixedEnum\":\"a\",\"tuple\":[\"a\",1],\"untypedList\":[1,\"x\"],"
            + "\"trueSchema\":{\"a\":1},\"emptySchema\":[true],\"itemsTrue\":[null,1],"
            + "\"refWithSiblings\":{\"id\":\"r\"},\"io.github.example.dtos.Thing\":\"t\"");
  }

  @Test
  void qualifiedSchemaNamesBecomeSimpleClassNames() throws Exception {
    assertRoundTrips(
        "\"order\":{\"id\":\"1\"},\"otherOrder\":{\"ref\":\"2\"},\"plainOrder\":{\"plain\":true},"
            + "\"page\":{\"items\":[{\"id\":\"3\"}]}");
    for (String name : List.of("OrderDto", "DtosOrderDto", "OtherOrderDto", "PageOrderDto")) {
      assertEquals(name, model.type(name).getSimpleName());
    }
  }
}
