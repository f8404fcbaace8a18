package dev.eventgen.emit.records;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.eventgen.Generator;
import dev.eventgen.SpecLoader;
import dev.eventgen.Target;
import dev.eventgen.model.Api;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records generated from Avro and OpenAPI 3.0 payload schemas (src/test/resources/formats),
 * compiled, loaded and exercised with JSON instances.
 */
class SchemaFormatsBehaviourTest {

  private static final String ORDER =
      "{\"id\":\"9b2f3c1e-6a0d-4c1b-8d0e-2f6f5d3a7c11\","
          + "\"placedAt\":\"2025-05-14T15:03:54.453Z\","
          + "\"day\":\"2025-05-14\","
          + "\"total\":12.50,"
          + "\"weight\":1.5,\"ratio\":0.25,\"sequence\":9007199254740993,\"gift\":false,"
          + "\"signature\":\"AAEC\",\"checksum\":\"AAECAwQFBgcICQoLDA0ODw==\","
          + "\"status\":\"PAID\","
          + "\"tags\":[\"fragile\"],"
          + "\"attributes\":{\"boxes\":2},"
          + "\"customer\":{\"name\":\"Ada\",\"previousStatus\":\"PLACED\"},"
          + "\"backupStatus\":\"PLACED\","
          + "\"payment\":{\"iban\":\"DE89370400440532013000\"},"
          + "\"lastChecksum\":\"AAECAwQFBgcICQoLDA0ODw==\"}";

  @TempDir static Path avroDir;
  @TempDir static Path openApiDir;
  static GeneratedModel avro;
  static GeneratedModel openApi;

  @BeforeAll
  static void generate() throws Exception {
    avro = generated("avro-3.0.yaml", avroDir);
    openApi = generated("openapi-3.0.yaml", openApiDir);
  }

  private static GeneratedModel generated(String file, Path workDir) throws Exception {
    Api api = SpecLoader.load(Path.of("src/test/resources/formats/" + file)).api();
    return GeneratedModel.compiled(
        Generator.emit(api, Set.of(Target.RECORDS), "com.acme.cvp", "Cvp"), workDir);
  }

  @Test
  void avroEventRoundTripsWithTypedValues() throws Exception {
    Object order = avro.read(ORDER, "Order");

    assertEquals(
        UUID.fromString("9b2f3c1e-6a0d-4c1b-8d0e-2f6f5d3a7c11"), GeneratedModel.call(order, "id"));
    assertEquals(
        OffsetDateTime.parse("2025-05-14T15:03:54.453Z"), GeneratedModel.call(order, "placedAt"));
    assertEquals(LocalDate.parse("2025-05-14"), GeneratedModel.call(order, "day"));
    assertEquals(new BigDecimal("12.50"), GeneratedModel.call(order, "total"));
    assertEquals(9007199254740993L, GeneratedModel.call(order, "sequence"));
    assertEquals("PAID", ((Enum<?>) GeneratedModel.call(order, "status")).name());
    assertEquals(Map.of("boxes", 2L), GeneratedModel.call(order, "attributes"));
    assertEquals(List.of("fragile"), GeneratedModel.call(order, "tags"));
    assertArrayEquals(new byte[] {0, 1, 2}, (byte[]) GeneratedModel.call(order, "signature"));
    assertEquals("Transfer", GeneratedModel.call(order, "payment").getClass().getSimpleName());
    assertNull(GeneratedModel.call(order, "note")); // ["null", "string"], absent
    assertNull(GeneratedModel.call(order, "shippedAt"));
    assertEquals(avro.tree(ORDER), avro.roundTrip(ORDER, "Order"));
  }

  @Test
  void avroNullBranchAcceptsNullAndRequiredFieldIsEnforced() throws Exception {
    String withNulls = ORDER.replace("{\"id\"", "{\"note\":null,\"shippedAt\":null,\"id\"");
    assertNull(GeneratedModel.call(avro.read(withNulls, "Order"), "note"));
    String withoutId = ORDER.replace("\"id\":\"9b2f3c1e-6a0d-4c1b-8d0e-2f6f5d3a7c11\",", "");
    assertEquals("Order.id is required", avro.rejection(withoutId, "Order").getMessage());
  }

  @Test
  void openApiDiscriminatorMappingAndNullable() throws Exception {
    String json =
        "{\"id\":\"9b2f3c1e-6a0d-4c1b-8d0e-2f6f5d3a7c11\",\"nickname\":null,"
            + "\"photo\":\"AAEC\",\"pet\":{\"petType\":\"doggo\",\"goodBoy\":true}}";

    Object adoption = openApi.read(json, "PetAdopted");

    Object pet = GeneratedModel.call(adoption, "pet");
    assertEquals("Dog", pet.getClass().getSimpleName());
    assertEquals(true, GeneratedModel.call(pet, "goodBoy"));
    assertNull(GeneratedModel.call(adoption, "nickname")); // nullable, though required
    assertArrayEquals(new byte[] {0, 1, 2}, (byte[]) GeneratedModel.call(adoption, "photo"));
    String written = openApi.mapper().writeValueAsString(adoption);
    assertEquals(openApi.tree(json.replace("\"nickname\":null,", "")), openApi.tree(written));
  }
}
