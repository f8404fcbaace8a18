package dev.eventgen.runtime.syslog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventgen.runtime.Checks;
import dev.eventgen.runtime.EventJson;
import dev.eventgen.runtime.Problem;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The field readers generated decoders call, and their inverse, the params writer. */
class SyslogFieldsTest {

  private static SyslogFields fields(String... namesAndValues) {
    return new SyslogFields(SyslogObjects.element("x@1", namesAndValues).params());
  }

  @Test
  void valuesByNameAndNestedPrefix() {
    SyslogFields fields = fields("n", "1", "a.b", "x", "l", "p", "l", "q", "m.k", "v");
    assertEquals(Integer.valueOf(1), fields.value("", "n", Integer::valueOf));
    assertEquals("x", fields.value("a.", "b", text -> text));
    assertNull(fields.value("", "absent", text -> text));
    assertEquals(List.of("p", "q"), fields.values("", "l", text -> text));
    assertEquals(Map.of("k", "v"), fields.map("", "m", text -> text));
    assertEquals("x", fields.object("", "a", (f, prefix) -> f.value(prefix, "b", text -> text)));
    assertNull(fields.object("", "none", (f, prefix) -> "never"));
  }

  @Test
  void nestedObjectsArePresentExactlyWhenANameStartsWithTheirPath() {
    SyslogFields fields =
        fields("ab.x", "1", "a.b.c", "2", "t.0.id", "3", "odd.", "4", "plain", "5", "a.bc", "6");
    assertEquals(true, fields.has("a."));
    assertEquals(true, fields.has("a.b."));
    assertEquals(true, fields.has("t.0."));
    assertEquals(true, fields.has("odd."));
    assertEquals(true, fields.has("pla"));
    assertEquals(false, fields.has("t.1."));
    assertEquals(false, fields.has("b."));
    assertEquals(false, fields.has("plain."));
    assertEquals("a.b.", fields.object("", "a", (f, prefix) -> f.object(prefix, "b", (g, p) -> p)));
    assertEquals("2", fields.object("a.", "b", (f, prefix) -> f.value(prefix, "c", text -> text)));
    assertNull(fields.object("", "x", (f, prefix) -> "never"));
    assertNull(fields.object("a.", "c", (f, prefix) -> "never"));
    assertNull(fields.object("", "plain", (f, prefix) -> "never"));
    assertEquals("1", fields.object("", "ab", (f, prefix) -> f.value(prefix, "x", text -> text)));
    assertNull(new SyslogFields(List.of()).object("", "a", (f, prefix) -> "never"));
  }

  @Test
  void dateTimesReadAsOffsetDateTimeParseReadsThem() {
    for (String text :
        List.of(
            "2025-05-14T15:03:54Z",
            "2025-05-14T15:03:54.4Z",
            "2025-05-14T15:03:54.453-04:00",
            "2025-05-14T15:03:54.123456789+05:30",
            "2025-05-14T15:03:54.000001+18:00",
            "2025-05-14T15:03:54-00:00",
            "2024-02-29T23:59:59.999Z",
            "2025-05-14T15:03Z",
            "2025-05-14T15:03:54.Z",
            "2025-05-14t15:03:54z",
            "2025-05-14T15:03:54+01:00:30")) {
      assertEquals(OffsetDateTime.parse(text), SyslogFields.dateTime(text), text);
    }
    for (String text :
        List.of(
            "2025-13-14T15:03:54Z",
            "2025-02-29T15:03:54Z",
            "2025-05-14T24:00:00Z",
            "2025-05-14T15:03:54.1234567890Z",
            "2025-05-14T15:03:54+19:00",
            "2025-05-14T15:03:54+1:00",
            "2025-05-14T15:03:5xZ",
            "2025-05-14T15:03:54")) {
      assertThrows(RuntimeException.class, () -> SyslogFields.dateTime(text), text);
    }
  }

  @Test
  void listsOfObjectsByIndex() {
    SyslogFields fields = fields("t.1.id", "b", "t.0.id", "a");
    assertEquals(
        List.of("a", "b"), fields.objects("", "t", (f, prefix) -> f.value(prefix, "id", s -> s)));
    SyslogFieldException e =
        assertThrows(
            SyslogFieldException.class,
            () -> fields("t.9.id", "a").objects("", "t", (f, prefix) -> "x"));
    assertEquals(Problem.Kind.WRONG_TYPE, e.kind());
  }

  @Test
  void problemsNameTheFieldAndOffset() {
    SyslogFields fields = new SyslogFields(List.of(new SyslogSdParam("n", "x", 42)));
    SyslogFieldException bad =
        assertThrows(SyslogFieldException.class, () -> fields.value("", "n", Integer::valueOf));
    assertEquals(Problem.Kind.WRONG_TYPE, bad.kind());
    assertEquals("n", bad.field());
    assertEquals(42, bad.offset());
    SyslogFieldException missing =
        assertThrows(
            SyslogFieldException.class, () -> fields.requiredValue("a.", "m", text -> text));
    assertEquals(Problem.Kind.MISSING_FIELD, missing.kind());
    assertEquals("a.m", missing.field());
    SyslogFieldException enumValue =
        assertThrows(
            SyslogFieldException.class, () -> fields.enumValue("", "n", SyslogFormat::valueOf));
    assertEquals(Problem.Kind.UNKNOWN_ENUM_VALUE, enumValue.kind());
    SyslogFieldException rejected =
        assertThrows(
            SyslogFieldException.class,
            () ->
                fields.construct(
                    "p",
                    () -> {
                      throw new IllegalArgumentException("no");
                    }));
    assertEquals("p", rejected.field());
  }

  /** A record that checks its component the way generated records do. */
  record Limited(@JsonProperty("max-len") String maxLen) {
    Limited {
      Checks.maxLength(maxLen, 2, "Limited.maxLen");
    }
  }

  @Test
  void aRuleTheRecordEnforcesNamesItsFieldAndKind() {
    SyslogFields fields = fields("src.max-len", "abc");
    SyslogFieldException e =
        assertThrows(
            SyslogFieldException.class,
            () ->
                fields.construct(
                    "src.",
                    Limited.class,
                    () -> new Limited(fields.value("src.", "max-len", s -> s))));
    assertEquals(Problem.Kind.LENGTH, e.kind());
    assertEquals("src.max-len", e.field());
    assertEquals("/src/max-len", e.problem().field());
  }

  @Test
  void conversions() {
    assertEquals(Boolean.TRUE, SyslogFields.bool("true"));
    assertThrows(IllegalArgumentException.class, () -> SyslogFields.bool("yes"));
    assertEquals(
        OffsetDateTime.parse("2024-01-01T00:00:00.5Z"),
        SyslogFields.dateTime("2024-01-01T00:00:00.5Z"));
    assertEquals(
        OffsetDateTime.parse("2024-01-01T00:00+01:00"),
        SyslogFields.dateTime("2024-01-01T00:00+01:00"));
  }

  @Test
  void eventParamsComeFromTheSdElementOrTheCiscoPart() throws SyslogParseException {
    SyslogParser parser = new SyslogParser();
    SyslogMessage rfc = parser.parse("<13>1 - h a - - [o@1 k=\"no\"][x@1 k=\"yes\"]");
    assertEquals("yes", SyslogFields.params(rfc, "x@1").get(0).value());
    assertEquals(List.of(), SyslogFields.params(rfc, "y@1"));
    SyslogMessage cisco = parser.parse("<134>1: h: Mar 1 2024 10:00:00 UTC: %A-6-B: [k=c]: t");
    assertEquals("c", SyslogFields.params(cisco, "x@1").get(0).value());
    Map<String, Object> params = SyslogHeaders.params(rfc, "x@1");
    assertEquals("yes", params.get("k"));
    assertEquals("no", params.get("o@1/k"));
    assertEquals("h", SyslogHeaders.of(rfc).get("hostname"));
    assertEquals("B", SyslogHeaders.of(cisco).get("cisco.mnemonic"));
    assertEquals("c", SyslogHeaders.params(cisco, "x@1").get("k"));
  }

  @Test
  void paramsNamedLikeHeaderFieldsKeepTheirOwnNamespace() throws SyslogParseException {
    SyslogMessage rfc =
        new SyslogParser().parse("<13>1 - realhost app - CALL [x@1 hostname=\"fake\" msgId=\"m\"]");
    assertEquals("realhost", SyslogHeaders.of(rfc).get("hostname"));
    assertEquals("CALL", SyslogHeaders.of(rfc).get("msgId"));
    assertEquals("fake", SyslogHeaders.params(rfc, "x@1").get("hostname"));
    assertEquals("m", SyslogHeaders.params(rfc, "x@1").get("msgId"));
    assertEquals(null, SyslogHeaders.of(rfc).get("x@1/hostname"));
  }

  @Test
  void paramsOfJsonFlattenEveryShapeAndReadBack() throws Exception {
    ObjectMapper mapper = EventJson.newMapper();
    JsonNode event =
        mapper.readTree(
            "{\"n\":1,\"absent\":null,\"d\":781760,\"s\":{\"h\":\"x\",\"i\":{\"j\":true}},"
                + "\"l\":[\"p\",\"q\"],\"o\":[{\"k\":\"a\"},{\"k\":\"b\"}],\"m\":{\"k\":2}}");
    List<SyslogSdParam> params = SyslogParams.ofJson(event).add("extra", null).list();
    assertEquals(
        List.of("n", "d", "s.h", "s.i.j", "l", "l", "o.0.k", "o.1.k", "m.k"),
        params.stream().map(SyslogSdParam::name).toList());
    SyslogFields fields = new SyslogFields(params);
    assertEquals(Integer.valueOf(1), fields.value("", "n", Integer::valueOf));
    assertEquals("781760", fields.value("", "d", text -> text));
    assertEquals("true", fields.value("s.i.", "j", text -> text));
    assertEquals(List.of("p", "q"), fields.values("", "l", text -> text));
    assertEquals("b", fields.value("o.1.", "k", text -> text));
    assertEquals(Map.of("k", 2), fields.map("", "m", Integer::valueOf));
  }

  @Test
  void namesTablesRefuseWhatIsNoName() {
    assertThrows(IllegalArgumentException.class, () -> SyslogNames.of("two words"));
    assertEquals(
        true, SyslogNames.of("a@1").names().containsAll(List.of("a@1", "timeQuality", "language")));
  }
}
