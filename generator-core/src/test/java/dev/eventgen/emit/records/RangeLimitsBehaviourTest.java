package dev.eventgen.emit.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import dev.eventgen.Generator;
import dev.eventgen.SpecLoader;
import dev.eventgen.Target;
import dev.eventgen.model.Api;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Range limits beyond what the component's Java type holds, as specs written from JavaScript give
 * them ({@code 9223372036854776000} for the largest int64): the records compile, and the limits
 * that can still fail are still checked.
 */
class RangeLimitsBehaviourTest {

  @TempDir static Path workDir;
  static GeneratedModel model;

  @BeforeAll
  static void generate() throws Exception {
    Api api = SpecLoader.load(Path.of("src/test/resources/limits/js-limits.yaml")).api();
    model =
        GeneratedModel.compiled(
            Generator.emit(api, Set.of(Target.RECORDS), "com.acme.cvp", "Cvp"), workDir);
  }

  @Test
  void valuesAtTheEdgesOfTheJavaTypesAreAccepted() throws Exception {
    String json =
        "{\"startedMs\":9223372036854775807,\"offset\":-9223372036854775808,"
            + "\"count\":2147483647,\"weight\":1.0E19}";

    Object session = model.read(json, "Session");

    assertEquals(Long.MAX_VALUE, GeneratedModel.call(session, "startedMs"));
    assertEquals(Long.MIN_VALUE, GeneratedModel.call(session, "offset"));
  }

  @Test
  void theLimitsInsideTheJavaTypesStillHold() {
    String json = "{\"startedMs\":-1,\"offset\":101,\"count\":0,\"weight\":1.0E20}";

    JsonMappingException e =
        assertThrows(JsonMappingException.class, () -> model.read(json, "Session"));

    assertTrue(e.getMessage().contains("startedMs"), e.getMessage());
  }

  @Test
  void aDoubleAboveItsLimitIsRejected() {
    String json = "{\"startedMs\":1,\"offset\":1,\"count\":1,\"weight\":1.0E20}";

    JsonMappingException e =
        assertThrows(JsonMappingException.class, () -> model.read(json, "Session"));

    assertTrue(e.getMessage().contains("weight"), e.getMessage());
  }
}
