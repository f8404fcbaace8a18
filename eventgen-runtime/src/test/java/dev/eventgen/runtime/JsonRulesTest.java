package dev.eventgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class JsonRulesTest {

  final ObjectMapper mapper = EventJson.newMapper();

  private JsonNode json(String text) throws Exception {
    return mapper.readTree(text);
  }

  private Problem.Kind kind(JsonRules.Rule rule, String text) throws Exception {
    JsonRules.Failure failure = rule.check(json(text), "");
    return failure == null ? null : failure.kind();
  }

  @Test
  void typesCountAFloatWithoutFractionAsAnInteger() throws Exception {
    JsonRules.Rule integer = JsonRules.type("integer");
    assertNull(kind(integer, "1.0"));
    assertEquals(Problem.Kind.WRONG_TYPE, kind(integer, "1.5"));
    assertEquals(Problem.Kind.WRONG_TYPE, kind(integer, "\"1\""));
    assertNull(kind(JsonRules.type("null", "string"), "null"));
  }

  @Test
  void rulesOfOneTypePassValuesOfAnother() throws Exception {
    assertNull(kind(JsonRules.minLength(3), "12"));
    assertNull(kind(JsonRules.minimum("5", false), "\"a\""));
    assertEquals(Problem.Kind.LENGTH, kind(JsonRules.maxLength(1), "\"\\ud83d\\udca9x\""));
    assertNull(kind(JsonRules.maxLength(1), "\"\\ud83d\\udca9\""));
  }

  @Test
  void numbersCompareExactly() throws Exception {
    assertNull(kind(JsonRules.multipleOf("0.0001"), "0.0075"));
    assertEquals(Problem.Kind.NOT_MULTIPLE_OF, kind(JsonRules.multipleOf("0.0001"), "0.00751"));
    assertEquals(Problem.Kind.OUT_OF_RANGE, kind(JsonRules.maximum("3.0", true), "3"));
    assertEquals(Problem.Kind.DUPLICATE_ITEMS, kind(JsonRules.uniqueItems(), "[1.0, 1]"));
    assertNull(kind(JsonRules.uniqueItems(), "[{\"a\":1}, {\"a\":2}]"));
  }

  @Test
  void failuresPointInsideTheValue() throws Exception {
    JsonRules.Rule rule =
        JsonRules.properties(
            Map.of("list", JsonRules.items(JsonRules.type("integer"))),
            Map.of(Pattern.compile("^x-"), JsonRules.type("string")),
            JsonRules.nothing());
    JsonRules.Failure failure = rule.check(json("{\"list\":[1,\"a\"]}"), "");
    assertEquals("/list/1", failure.pointer());
    assertEquals(Problem.Kind.WRONG_TYPE, failure.kind());
    assertNull(rule.check(json("{\"x-a\":\"s\"}"), ""));
    JsonRules.Failure extra = rule.check(json("{\"a/b\":1}"), "");
    assertEquals(Problem.Kind.UNEXPECTED_PROPERTY, extra.kind());
    assertEquals("/a~1b", extra.pointer());
    assertEquals(
        "/m",
        JsonRules.required("m").check(json("{}"), "").pointer(),
        "a missing property points at itself");
  }

  @Test
  void combinations() throws Exception {
    JsonRules.Rule small = JsonRules.maximum("10", false);
    JsonRules.Rule even = JsonRules.multipleOf("2");
    assertNull(kind(JsonRules.oneOf(small, even), "3"));
    assertEquals(Problem.Kind.NO_MATCHING_VARIANT, kind(JsonRules.oneOf(small, even), "4"));
    assertEquals(Problem.Kind.NO_MATCHING_VARIANT, kind(JsonRules.anyOf(small, even), "11"));
    assertEquals(Problem.Kind.FORBIDDEN_VALUE, kind(JsonRules.not(small), "1"));
    assertEquals(Problem.Kind.NOT_MULTIPLE_OF, kind(JsonRules.allOf(small, even), "3"));
    JsonRules.Rule tuple = JsonRules.tuple(List.of(JsonRules.type("string")), JsonRules.nothing());
    assertNull(kind(tuple, "[\"a\"]"));
    assertEquals(Problem.Kind.ITEM_COUNT, kind(tuple, "[\"a\", 1]"));
    assertEquals(
        Problem.Kind.NO_MATCHING_VARIANT,
        kind(JsonRules.contains(JsonRules.constant(json("5"))), "[1]"));
  }

  @Test
  void formats() {
    assertEquals(true, Formats.valid("ipv4", "192.168.0.1"));
    assertEquals(false, Formats.valid("ipv4", "192.168.0.01"));
    assertEquals(true, Formats.valid("ipv6", "::1"));
    assertEquals(true, Formats.valid("ipv6", "1:2:3:4:5:6:1.2.3.4"));
    assertEquals(false, Formats.valid("ipv6", "1:::2"));
    assertEquals(false, Formats.valid("ipv6", "12345::"));
    assertEquals(true, Formats.valid("hostname", "cvp-cs1.example.com"));
    assertEquals(false, Formats.valid("hostname", "-a.example.com"));
    assertEquals(true, Formats.valid("email", "joe@example.com"));
    assertEquals(false, Formats.valid("email", "joe"));
    assertEquals(true, Formats.valid("date-time", "2025-05-14T15:03:54.453Z"));
    assertEquals(false, Formats.valid("date-time", "2025-05-14"));
    assertEquals(false, Formats.valid("uuid", "1-2-3-4-5"));
    assertEquals(true, Formats.valid("uri", "https://example.com/a"));
    assertEquals(false, Formats.valid("uri", "//example.com"));
    assertEquals(true, Formats.valid("unknown-format", "anything"));
  }

  @Test
  void pointersEscapeTildeAndSlash() {
    assertEquals(
        "/a~0b/c~1d/2",
        JsonPointers.item(JsonPointers.property(JsonPointers.property(null, "a~b"), "c/d"), 2));
    assertEquals("/icm/routerCallKey", JsonPointers.ofDotted("icm.routerCallKey"));
    assertNull(JsonPointers.ofDotted(null));
  }
}
