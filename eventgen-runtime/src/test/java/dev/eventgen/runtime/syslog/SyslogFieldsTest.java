package dev.eventgen.runtime.syslog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.eventgen.runtime.Checks;
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
    Map<String, Object> headers = SyslogHeaders.of(rfc, "x@1");
    assertEquals("yes", headers.get("k"));
    assertEquals("no", headers.get("o@1/k"));
    assertEquals("h", headers.get("hostname"));
    assertEquals("B", SyslogHeaders.of(cisco, "x@1").get("cisco.mnemonic"));
  }

  @Test
  void paramsWriterSkipsAbsentValuesAndReadsBack() {
    List<SyslogSdParam> params =
        new SyslogParams()
            .add("n", 1)
            .add("absent", null)
            .add("e", SyslogFormat.RFC5424, SyslogFormat::name)
            .addAll("l", List.of("p", "q"), SyslogParams::text)
            .addMap("m", Map.of("k", 2), SyslogParams::text)
            .add("b", new byte[] {1, 2}, SyslogParams::base64)
            .list();
    assertEquals(6, params.size());
    SyslogFields fields = new SyslogFields(params);
    assertEquals(Integer.valueOf(1), fields.value("", "n", Integer::valueOf));
    assertEquals("RFC5424", fields.value("", "e", text -> text));
    assertEquals(List.of("p", "q"), fields.values("", "l", text -> text));
    assertEquals(Map.of("k", 2), fields.map("", "m", Integer::valueOf));
    assertEquals("AQI=", fields.value("", "b", text -> text));
  }

  @Test
  void namesTablesRefuseWhatIsNoName() {
    assertThrows(IllegalArgumentException.class, () -> SyslogNames.of("two words"));
    assertEquals(
        true, SyslogNames.of("a@1").names().containsAll(List.of("a@1", "timeQuality", "language")));
  }
}
