package dev.eventgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventJsonTest {

  /** A record checking its required field the way generated records do. */
  record Source(String hostname) {
    Source {
      Objects.requireNonNull(hostname, "Source.hostname is required");
    }
  }

  record Event(OffsetDateTime at, Integer count, Source source, String note) {}

  record Scalars(
      Integer count, Long total, Double ratio, String text, Boolean flag, List<String> tags) {}

  final ObjectMapper mapper = EventJson.newMapper();

  @Test
  void keepsOffsetsIgnoresUnknownFieldsAndOmitsNulls() throws Exception {
    Event event =
        mapper.readValue(
            "{\"at\":\"2025-05-14T15:03:54.453-04:00\",\"count\":7,\"newField\":1,"
                + "\"source\":{\"hostname\":\"cs1\"}}",
            Event.class);
    assertEquals(OffsetDateTime.parse("2025-05-14T15:03:54.453-04:00"), event.at());
    assertEquals("-04:00", event.at().getOffset().toString());
    assertNull(event.note(), "a missing field becomes null");
    assertEquals(
        "{\"at\":\"2025-05-14T15:03:54.453-04:00\",\"count\":7,\"source\":{\"hostname\":\"cs1\"}}",
        mapper.writeValueAsString(event));
  }

  @Test
  void decoderReportsSyntaxWithItsOffset() {
    Dispatch.Decoder<Event> decoder = EventJson.decoder(EventJson.reader(mapper, Event.class));
    Dispatch.DecodeException failure =
        assertThrows(Dispatch.DecodeException.class, () -> decoder.decode(bytes("{\"count\":}")));
    assertEquals(Problem.Kind.SYNTAX, failure.problem().kind());
    assertEquals(9, failure.problem().offset());
  }

  @Test
  void trailingGarbageIsASyntaxProblem() {
    Dispatch.Decoder<Event> decoder = EventJson.decoder(EventJson.reader(mapper, Event.class));
    Dispatch.DecodeException failure =
        assertThrows(Dispatch.DecodeException.class, () -> decoder.decode(bytes("{} x")));
    assertEquals(Problem.Kind.SYNTAX, failure.problem().kind());
  }

  @Test
  void wrongTypeNamesTheField() {
    Problem problem = problem("{\"count\":\"many\"}");
    assertEquals(Problem.Kind.INVALID_VALUE, problem.kind());
    assertEquals("count", problem.field());
  }

  @Test
  void missingRequiredNestedFieldPointsAtIt() {
    Problem problem = problem("{\"source\":{}}");
    assertEquals(Problem.Kind.MISSING_FIELD, problem.kind());
    assertEquals("source.hostname", problem.field());
  }

  @Test
  void scalarsOfTheirOwnTypeAreRead() throws Exception {
    Scalars read =
        mapper.readValue(
            "{\"count\":-240,\"total\":9007199254740993,\"ratio\":2,\"text\":\"\","
                + "\"flag\":true,\"tags\":[\"a\"]}",
            Scalars.class);
    assertEquals(new Scalars(-240, 9007199254740993L, 2.0, "", true, List.of("a")), read);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"count\":-240.7}",
        "{\"count\":-240.0}",
        "{\"count\":\"-240\"}",
        "{\"total\":\"5\"}",
        "{\"count\":\"\"}",
        "{\"ratio\":\"0.5\"}",
        "{\"text\":5008}",
        "{\"text\":1.5}",
        "{\"text\":true}",
        "{\"flag\":\"true\"}",
        "{\"flag\":1}",
        "{\"tags\":\"a\"}"
      })
  void noScalarIsCoercedIntoAnotherType(String json) {
    Dispatch.Decoder<Scalars> decoder = EventJson.decoder(EventJson.reader(mapper, Scalars.class));
    Problem problem =
        assertThrows(Dispatch.DecodeException.class, () -> decoder.decode(bytes(json))).problem();
    assertEquals(Problem.Kind.INVALID_VALUE, problem.kind(), json);
    assertEquals(json.substring(2, json.indexOf('"', 2)), problem.field(), json);
  }

  private Problem problem(String json) {
    Dispatch.Decoder<Event> decoder = EventJson.decoder(EventJson.reader(mapper, Event.class));
    return assertThrows(Dispatch.DecodeException.class, () -> decoder.decode(bytes(json)))
        .problem();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
