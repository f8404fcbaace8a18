package dev.eventgen.emit.records;

import static dev.eventgen.emit.records.Models.message;
import static dev.eventgen.emit.records.Models.object;
import static dev.eventgen.emit.records.Models.optional;
import static dev.eventgen.emit.records.Models.pattern;
import static dev.eventgen.emit.records.Models.ref;
import static dev.eventgen.emit.records.Models.required;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eventgen.model.Api;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records check simple patterns through the shared {@code CvpPatterns} methods and keep {@code
 * java.util.regex} for the others, with the same messages either way.
 */
class PatternChecksBehaviourTest {

  private static final String CODE = "^[A-Z]{2}\\d?$";
  private static final String QUEUE = "^amq\\.gen\\-.+$";

  @TempDir static Path workDir;
  static GeneratedModel model;

  /** A schema named like the holder class, two components sharing a pattern, and fallbacks. */
  static Api api() {
    return Models.api(
        "Patterns",
        List.of(),
        List.of(message("Routed", null, ref("CvpPatterns")), message("Coded", null, pattern(CODE))),
        List.of(
            object(
                "CvpPatterns",
                required("code", pattern(CODE)),
                optional("otherCode", pattern(CODE)),
                optional("queue", pattern(QUEUE)),
                optional("word", pattern("[a-z]+")))));
  }

  @BeforeAll
  static void generate() throws Exception {
    model = GeneratedModel.of(api(), workDir);
  }

  @Test
  void aSchemaNamedLikeTheHolderIsRenamedAndTheHolderIsPackagePrivate() {
    assertTrue(model.type("CvpPatterns_").isRecord());
    Class<?> holder = model.type("CvpPatterns");
    assertFalse(Modifier.isPublic(holder.getModifiers()));
    assertTrue(Modifier.isFinal(holder.getModifiers()));
  }

  @Test
  void oneMethodPerDistinctSimplePatternNamedAfterItsFirstComponent() {
    List<String> methods =
        Arrays.stream(model.type("CvpPatterns").getDeclaredMethods()).map(Method::getName).toList();
    assertEquals(List.of("isCode"), methods);
  }

  @Test
  void onlyPatternsOutsideTheSubsetKeepACompiledPattern() {
    assertEquals(
        List.of("QUEUE_PATTERN", "WORD_PATTERN"),
        fieldsOfType(model.type("CvpPatterns_"), Pattern.class));
    assertEquals(List.of(), fieldsOfType(model.type("Coded"), Pattern.class));
  }

  @Test
  void simplePatternAcceptsWholeMatchesAndKeepsTheMessage() throws Exception {
    assertEquals(
        "AB7", GeneratedModel.call(model.read("{\"code\":\"AB7\"}", "CvpPatterns_"), "code"));
    assertEquals(
        "CvpPatterns_.code must match ^[A-Z]{2}\\d?$ but was \"ABC\"",
        model.rejection("{\"code\":\"ABC\"}", "CvpPatterns_").getMessage());
    assertEquals(
        "CvpPatterns_.otherCode must match ^[A-Z]{2}\\d?$ but was \"a\"",
        model.rejection("{\"code\":\"AB\",\"otherCode\":\"a\"}", "CvpPatterns_").getMessage());
    assertEquals(
        "Coded.value must match ^[A-Z]{2}\\d?$ but was \"A\"",
        model.rejection("\"A\"", "Coded").getMessage());
  }

  @Test
  void dollarMeansEndOfInputSoATrailingLineBreakFails() {
    assertEquals(
        "CvpPatterns_.code must match ^[A-Z]{2}\\d?$ but was \"AB\n\"",
        model.rejection("{\"code\":\"AB\\n\"}", "CvpPatterns_").getMessage());
  }

  @Test
  void fallbackPatternsStillFindAnywhere() throws Exception {
    Object ok =
        model.read("{\"code\":\"AB\",\"queue\":\"amq.gen-1\",\"word\":\"A b\"}", "CvpPatterns_");
    assertEquals("A b", GeneratedModel.call(ok, "word"));
    assertEquals(
        "CvpPatterns_.queue must match ^amq\\.gen\\-.+$ but was \"amq.gen-\"",
        model.rejection("{\"code\":\"AB\",\"queue\":\"amq.gen-\"}", "CvpPatterns_").getMessage());
  }

  private static List<String> fieldsOfType(Class<?> type, Class<?> fieldType) {
    return Arrays.stream(type.getDeclaredFields())
        .filter(field -> field.getType() == fieldType)
        .map(Field::getName)
        .toList();
  }
}
