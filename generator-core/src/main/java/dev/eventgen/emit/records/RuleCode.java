package dev.eventgen.emit.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.eventgen.parse.Nodes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The rule of a value a record holds untyped ({@code JsonNode}): the schema's validation keywords
 * as one expression over the runtime's {@code JsonRules}, built once into a constant. Only the
 * composition varies with the spec; every check is the runtime's. What cannot be a rule (a schema
 * that contains itself, a pattern Java cannot compile, a format the runtime does not know) is left
 * out here and reported as unenforced when the model is built.
 */
final class RuleCode {

  static final ClassName RULES = ClassName.get("dev.eventgen.runtime", "JsonRules");
  static final ClassName RULE = RULES.nestedClass("Rule");

  /** The formats the runtime's {@code Formats} checks. */
  static final Set<String> FORMATS =
      Set.of("date-time", "date", "time", "uuid", "uri", "email", "ipv4", "ipv6", "hostname");

  private final Set<JsonNode> open = Collections.newSetFromMap(new IdentityHashMap<>());

  private RuleCode() {}

  /** The rule of {@code schema}, or null if it allows every value. */
  static CodeBlock of(JsonNode schema) {
    return new RuleCode().rule(schema);
  }

  private CodeBlock rule(JsonNode schema) {
    if (schema == null || schema.isBoolean() && schema.booleanValue()) {
      return null;
    }
    if (schema.isBoolean()) {
      return CodeBlock.of("$T.nothing()", RULES);
    }
    if (!schema.isObject() || !open.add(schema)) {
      return null; // not a schema, or one that contains itself: not a finite rule
    }
    try {
      List<CodeBlock> parts = new ArrayList<>();
      type(schema, parts);
      values(schema, parts);
      strings(schema, parts);
      numbers(schema, parts);
      arrays(schema, parts);
      objects(schema, parts);
      combinations(schema, parts);
      return parts.isEmpty() ? null : parts.size() == 1 ? parts.get(0) : call("allOf", parts);
    } finally {
      open.remove(schema);
    }
  }

  private static void type(JsonNode s, List<CodeBlock> parts) {
    JsonNode type = s.get("type");
    List<CodeBlock> names = new ArrayList<>();
    if (type != null && type.isTextual()) {
      names.add(CodeBlock.of("$S", type.asText()));
    } else if (type != null && type.isArray()) {
      type.forEach(t -> names.add(CodeBlock.of("$S", t.asText())));
    }
    if (!names.isEmpty()) {
      parts.add(call("type", names));
    }
  }

  private static void values(JsonNode s, List<CodeBlock> parts) {
    if (s.path("enum").isArray()) {
      List<CodeBlock> values = new ArrayList<>();
      s.get("enum").forEach(v -> values.add(literal(v)));
      parts.add(call("anyValueOf", values));
    }
    if (s.has("const")) {
      parts.add(call("constant", List.of(literal(s.get("const")))));
    }
  }

  private static void strings(JsonNode s, List<CodeBlock> parts) {
    count(s, "minLength", parts);
    count(s, "maxLength", parts);
    String pattern = Nodes.text(s, "pattern");
    if (pattern != null && compiles(pattern)) {
      parts.add(call("pattern", List.of(pattern(pattern))));
    }
    String format = Nodes.text(s, "format");
    if (format != null && FORMATS.contains(format)) {
      parts.add(call("format", List.of(CodeBlock.of("$S", format))));
    }
  }

  private static void numbers(JsonNode s, List<CodeBlock> parts) {
    bound(s, "minimum", "exclusiveMinimum", parts);
    bound(s, "maximum", "exclusiveMaximum", parts);
    JsonNode divisor = s.get("multipleOf");
    if (divisor != null && divisor.isNumber() && divisor.decimalValue().signum() > 0) {
      parts.add(call("multipleOf", List.of(decimal(divisor))));
    }
  }

  /** {@code minimum} with draft-04's boolean {@code exclusiveMinimum}, or draft-06+'s number. */
  private static void bound(JsonNode s, String inclusive, String exclusive, List<CodeBlock> parts) {
    JsonNode limit = s.get(inclusive);
    JsonNode strict = s.get(exclusive);
    if (limit != null && limit.isNumber()) {
      boolean draft4 = strict != null && strict.isBoolean() && strict.booleanValue();
      parts.add(call(inclusive, List.of(decimal(limit), CodeBlock.of("$L", draft4))));
    }
    if (strict != null && strict.isNumber()) {
      parts.add(call(inclusive, List.of(decimal(strict), CodeBlock.of("true"))));
    }
  }

  private void arrays(JsonNode s, List<CodeBlock> parts) {
    count(s, "minItems", parts);
    count(s, "maxItems", parts);
    if (s.path("uniqueItems").asBoolean(false)) {
      parts.add(CodeBlock.of("$T.uniqueItems()", RULES));
    }
    JsonNode items = s.get("items");
    if (items != null && items.isArray()) {
      List<CodeBlock> positions = new ArrayList<>();
      items.forEach(item -> positions.add(orAnything(rule(item))));
      CodeBlock additional = rule(s.get("additionalItems"));
      parts.add(
          CodeBlock.of(
              "$T.tuple($T.of($L),$W$L)",
              RULES,
              List.class,
              CodeBlock.join(positions, ",$W"),
              additional == null ? CodeBlock.of("null") : additional));
    } else {
      CodeBlock item = rule(items);
      if (item != null) {
        parts.add(call("items", List.of(item)));
      }
    }
    if (s.has("contains")) {
      parts.add(call("contains", List.of(orAnything(rule(s.get("contains"))))));
    }
  }

  private void objects(JsonNode s, List<CodeBlock> parts) {
    count(s, "minProperties", parts);
    count(s, "maxProperties", parts);
    if (s.path("required").isArray() && !s.get("required").isEmpty()) {
      List<CodeBlock> names = new ArrayList<>();
      s.get("required").forEach(n -> names.add(CodeBlock.of("$S", n.asText())));
      parts.add(call("required", names));
    }
    List<CodeBlock> named = new ArrayList<>();
    Nodes.fields(s.get("properties"))
        .forEach(
            (name, p) -> {
              // every named property is listed, even {}: it is then no additional property
              named.add(CodeBlock.of("$T.entry($S,$W$L)", Map.class, name, orAnything(rule(p))));
            });
    List<CodeBlock> patterned = new ArrayList<>();
    Map<String, JsonNode> patterns = Nodes.fields(s.get("patternProperties"));
    patterns.forEach(
        (regex, p) -> {
          if (compiles(regex)) {
            patterned.add(
                CodeBlock.of("$T.entry($L,$W$L)", Map.class, pattern(regex), orAnything(rule(p))));
          }
        });
    CodeBlock additional = rule(s.get("additionalProperties"));
    if (!named.isEmpty() || !patterned.isEmpty() || additional != null) {
      parts.add(
          CodeBlock.of(
              "$T.properties($L,$W$L,$W$L)",
              RULES,
              entries(named),
              entries(patterned),
              additional == null ? CodeBlock.of("null") : additional));
    }
    if (s.has("propertyNames")) {
      CodeBlock names = rule(s.get("propertyNames"));
      if (names != null) {
        parts.add(call("propertyNames", List.of(names)));
      }
    }
    Nodes.fields(s.get("dependencies"))
        .forEach(
            (name, dependency) -> {
              CodeBlock then;
              if (dependency.isArray()) {
                List<CodeBlock> names = new ArrayList<>();
                dependency.forEach(n -> names.add(CodeBlock.of("$S", n.asText())));
                then = call("required", names);
              } else {
                then = rule(dependency);
              }
              if (then != null) {
                parts.add(CodeBlock.of("$T.dependency($S,$W$L)", RULES, name, then));
              }
            });
  }

  private void combinations(JsonNode s, List<CodeBlock> parts) {
    for (String keyword : List.of("allOf", "anyOf", "oneOf")) {
      if (s.path(keyword).isArray() && !s.get(keyword).isEmpty()) {
        List<CodeBlock> rules = new ArrayList<>();
        s.get(keyword).forEach(part -> rules.add(orAnything(rule(part))));
        parts.add(call(keyword, rules));
      }
    }
    if (s.has("not")) {
      parts.add(call("not", List.of(orAnything(rule(s.get("not"))))));
    }
    if (s.has("if") && (s.has("then") || s.has("else"))) {
      CodeBlock then = rule(s.get("then"));
      CodeBlock other = rule(s.get("else"));
      parts.add(
          CodeBlock.of(
              "$T.conditional($L,$W$L,$W$L)",
              RULES,
              orAnything(rule(s.get("if"))),
              then == null ? CodeBlock.of("null") : then,
              other == null ? CodeBlock.of("null") : other));
    }
  }

  /** A rule that passes every value, where one must be written. */
  private static CodeBlock orAnything(CodeBlock rule) {
    return rule != null ? rule : CodeBlock.of("$T.allOf()", RULES);
  }

  private static void count(JsonNode s, String keyword, List<CodeBlock> parts) {
    JsonNode count = s.get(keyword);
    if (count != null && count.canConvertToInt() && count.isIntegralNumber()) {
      parts.add(call(keyword, List.of(CodeBlock.of("$L", count.intValue()))));
    } else if (count != null
        && count.isNumber()
        && count.decimalValue().stripTrailingZeros().scale() <= 0) {
      parts.add(call(keyword, List.of(CodeBlock.of("$L", count.decimalValue().intValue()))));
    }
  }

  private static CodeBlock entries(List<CodeBlock> entries) {
    return entries.isEmpty()
        ? CodeBlock.of("$T.of()", Map.class)
        : CodeBlock.of("$T.ofEntries($>$W$L$<)", Map.class, CodeBlock.join(entries, ",$W"));
  }

  private static CodeBlock call(String method, List<CodeBlock> arguments) {
    return CodeBlock.of("$T.$L($>$L$<)", RULES, method, CodeBlock.join(arguments, ",$W"));
  }

  private static CodeBlock literal(JsonNode value) {
    return CodeBlock.of("$T.json($S)", RULES, value.toString());
  }

  private static CodeBlock decimal(JsonNode number) {
    return CodeBlock.of("$S", number.decimalValue().toString());
  }

  private static CodeBlock pattern(String regex) {
    return CodeBlock.of("$T.compile($S)", Pattern.class, regex);
  }

  static boolean compiles(String regex) {
    try {
      Pattern.compile(regex);
      return true;
    } catch (PatternSyntaxException e) {
      return false;
    }
  }
}
