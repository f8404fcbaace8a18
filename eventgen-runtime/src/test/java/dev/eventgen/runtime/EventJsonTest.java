package dev.eventgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventJsonTest {

  /** A record checking its required field the way generated records do. */
  record Source(String hostname) {
    Source {
      Objects.requireNonNull(hostname, "Source.hostname is required");
    }
  }

  record Event(OffsetDateTime at, Integer count, Source source, String note) {}

  /** A record with the facet checks of generated records, one per kind of rule. */
  record Checked(
      @JsonProperty("kind") String kind,
      @JsonProperty("code") String code,
      @JsonProperty("level") Integer level,
      @JsonProperty("a/b") String slashed,
      @JsonProperty("items") List<Checked> items) {
    static final Pattern CODE = Pattern.compile("^[A-Z]+$");

    Checked {
      Checks.constant(kind, "sample", "Checked.kind");
      Checks.pattern(code, CODE, "Checked.code");
      Checks.maximum(level, 5, "Checked.level");
      Checks.maxLength(slashed, 1, "Checked.slashed");
    }
  }

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

  /** A record whose schema allows no other properties, as generated. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Closed(@JsonProperty("id") String id) {
    @JsonAnySetter
    private void unexpectedProperty(String name, Object value) {
      Checks.unexpectedProperty(name, "Closed");
    }
  }

  @Test
  void aClosedRecordRefusesOtherProperties() throws Exception {
    assertEquals("a", mapper.readValue("{\"id\":\"a\"}", Closed.class).id());
    Dispatch.Decoder<Closed> decoder = EventJson.decoder(EventJson.reader(mapper, Closed.class));
    Problem problem =
        assertThrows(
                Dispatch.DecodeException.class,
                () -> decoder.decode(bytes("{\"id\":\"a\",\"x/y\":1}")))
            .problem();
    assertEquals(Problem.Kind.UNEXPECTED_PROPERTY, problem.kind(), problem::toString);
    assertEquals("/x~1y", problem.field());
  }

  @Test
  void wrongTypeNamesTheField() {
    Problem problem = problem("{\"count\":\"many\"}");
    assertEquals(Problem.Kind.WRONG_TYPE, problem.kind());
    assertEquals("/count", problem.field());
  }

  @Test
  void missingRequiredNestedFieldPointsAtIt() {
    Problem problem = problem("{\"source\":{}}");
    assertEquals(Problem.Kind.MISSING_FIELD, problem.kind());
    assertEquals("/source/hostname", problem.field());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"count\":1",
        "{\"note\":\"ab",
        "{\"source\":{\"hostname\":",
        "",
        "{\"count\":[1,"
      })
  void truncatedJsonIsSyntax(String json) {
    Problem problem = problem(json);
    assertEquals(Problem.Kind.SYNTAX, problem.kind(), problem::toString);
    assertNull(problem.field());
  }

  @Test
  void invalidUtf8IsSyntaxEvenInsideAField() {
    byte[] body = {'{', '"', 'n', 'o', 't', 'e', '"', ':', '"', 'a', (byte) 0xC3, '(', '"', '}'};
    Dispatch.Decoder<Event> decoder = EventJson.decoder(EventJson.reader(mapper, Event.class));
    Problem problem =
        assertThrows(Dispatch.DecodeException.class, () -> decoder.decode(body)).problem();
    assertEquals(Problem.Kind.SYNTAX, problem.kind(), problem::toString);
  }

  @Test
  void integersAreNumbersWithoutAFraction() throws Exception {
    assertEquals(5, mapper.readValue("{\"count\":5.0}", Scalars.class).count());
    assertEquals(5L, mapper.readValue("{\"total\":5e0}", Scalars.class).total());
    Problem fraction = problem("{\"count\":5.5}");
    assertEquals(Problem.Kind.WRONG_TYPE, fraction.kind(), fraction::toString);
    assertEquals("/count", fraction.field());
    Problem tooLarge = problem("{\"count\":3000000000}");
    assertEquals(Problem.Kind.OUT_OF_RANGE, tooLarge.kind(), tooLarge::toString);
    assertEquals("/count", tooLarge.field());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"kind\":\"other\"}|CONST_MISMATCH|/kind",
        "{\"code\":\"abc\"}|PATTERN_MISMATCH|/code",
        "{\"level\":6}|OUT_OF_RANGE|/level",
        "{\"a/b\":\"xy\"}|LENGTH|/a~1b",
        "{\"items\":[{},{\"level\":9}]}|OUT_OF_RANGE|/items/1/level",
        "{\"items\":[{\"code\":1}]}|WRONG_TYPE|/items/0/code"
      })
  void everyRuleHasItsKindAndThePointerOfItsField(String json, Problem.Kind kind, String pointer) {
    Dispatch.Decoder<Checked> decoder = EventJson.decoder(EventJson.reader(mapper, Checked.class));
    Problem problem =
        assertThrows(Dispatch.DecodeException.class, () -> decoder.decode(bytes(json))).problem();
    assertEquals(kind, problem.kind(), problem::toString);
    assertEquals(pointer, problem.field(), problem::toString);
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
    assertEquals(Problem.Kind.WRONG_TYPE, problem.kind(), json);
    assertEquals("/" + json.substring(2, json.indexOf('"', 2)), problem.field(), json);
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
