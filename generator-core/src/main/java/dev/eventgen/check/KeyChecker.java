package dev.eventgen.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventgen.diagnostic.Diagnostics;
import dev.eventgen.diagnostic.ErrorCode;
import dev.eventgen.parse.Origins;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Reports every key that the AsyncAPI version does not allow where it is written, with the closest
 * allowed key as a hint. {@code x-} extensions are allowed everywhere. In schemas, unknown keywords
 * are legal JSON Schema, so only those close to a keyword (likely typos) are errors; the rest are
 * warnings. Each shared node is checked once, components first, so messages are named after their
 * component key.
 */
final class KeyChecker {

  /**
   * Keywords of other schema dialects (OpenAPI) common in specs that change no generated code (or
   * that eventgen reads itself): ignored without a warning.
   */
  private static final Set<String> ANNOTATIONS = Set.of("example", "nullable", "xml");

  private final Origins origins;
  private final Diagnostics diagnostics;
  private final Set<JsonNode> visited = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Place schema;
  private final Place multiFormat;

  KeyChecker(Origins origins, Diagnostics diagnostics, Place schema) {
    this.origins = origins;
    this.diagnostics = diagnostics;
    this.schema = schema;
    this.multiFormat = Grammar.multiFormat(schema);
  }

  void checkDocument(JsonNode root, Place place) {
    JsonNode components = root.get("components");
    if (components != null && place.child("components") != null) {
      check(components, place.child("components").place(), "components");
    }
    check(root, place, place.kind());
  }

  private void check(JsonNode node, Place expected, String label) {
    if (!node.isObject() || origins.backRefTarget(node) != null || !visited.add(node)) {
      return;
    }
    Place place = expected == schema && node.has("schemaFormat") ? multiFormat : expected;
    String format = node.path("schemaFormat").asText(null);
    if (place == multiFormat && !SchemaFormats.isJsonSchema(format)) {
      return; // OpenAPI, Avro or unsupported (reported by the schema format check): not checked
    }
    if (place.kind().equals("message") && node.has("oneOf") && !place.allows("oneOf")) {
      node.get("oneOf").forEach(item -> check(item, expected, label)); // 2.x operation message
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String key = entry.getKey();
      checkKey(node, key, place, label);
      Place.ValueKind kind = place.valueKind(key);
      if (!kind.accepts(entry.getValue())) {
        wrongShape(node, key, kind, label, place.lenient());
        continue;
      }
      Place.Child child = place.child(key);
      if (child != null && !foreignPayload(node, key)) {
        children(key, entry.getValue(), child, label);
      }
    }
  }

  /** A 2.x message's payload written in another schema format is no JSON Schema to check. */
  private static boolean foreignPayload(JsonNode node, String key) {
    return key.equals("payload")
        && node.has("schemaFormat")
        && !SchemaFormats.isJsonSchema(node.path("schemaFormat").asText(null));
  }

  private void children(String key, JsonNode value, Place.Child child, String label) {
    switch (child.shape()) {
      case ONE ->
          check(value, child.place(), label.equals("the document") ? key : key + " of " + label);
      case LIST -> value.forEach(item -> check(item, child.place(), label));
      case ONE_OR_LIST -> {
        if (value.isArray()) {
          value.forEach(item -> check(item, child.place(), label));
        } else {
          check(value, child.place(), key + " of " + label);
        }
      }
      case MAP ->
          value
              .fields()
              .forEachRemaining(
                  e -> {
                    String entryLabel = entryLabel(key, e.getKey(), child.place(), label);
                    if (!child.place().lenient() && !e.getValue().isObject()) {
                      wrongShape(value, e.getKey(), Place.ValueKind.MAPPING, entryLabel, false);
                    }
                    check(e.getValue(), child.place(), entryLabel);
                  });
    }
  }

  private static String entryLabel(String mapKey, String entryKey, Place place, String label) {
    return mapKey.equals("properties")
        ? "property '" + entryKey + "' of " + label
        : place.kind() + " '" + entryKey + "'";
  }

  private void checkKey(JsonNode node, String key, Place place, String label) {
    if (place.allows(key)) {
      return;
    }
    String closest = Suggestions.closest(key, place.keys());
    String hint = closest == null ? "" : " (did you mean '" + closest + "'?)";
    if (!place.lenient()) {
      ErrorCode.E003.report(
          diagnostics,
          origins.locateKey(node, key),
          "unknown key '" + key + "' in " + label + hint);
    } else if (!ANNOTATIONS.contains(key)) {
      // JSON Schema allows any keyword: a typo cannot be told from a vendor keyword, so both warn.
      ErrorCode.W003.report(
          diagnostics,
          origins.locateKey(node, key),
          "unknown JSON Schema keyword '" + key + "' in " + label + " is ignored" + hint);
    }
  }

  /**
   * A value of the wrong kind. On an AsyncAPI object it is an error, but a number or boolean where
   * text belongs is read as its text; a schema keyword of the wrong kind is ignored.
   */
  private void wrongShape(
      JsonNode node, String key, Place.ValueKind kind, String label, boolean inSchema) {
    JsonNode value = node.get(key);
    String message =
        "'" + key + "' in " + label + " must be " + kind.description() + ", not " + describe(value);
    if (inSchema) {
      ErrorCode.W005.report(diagnostics, origins.locateValue(node, key), message + "; ignored");
    } else if (kind == Place.ValueKind.STRING && value.isValueNode() && !value.isNull()) {
      ErrorCode.W005.report(
          diagnostics,
          origins.locateValue(node, key),
          message + "; read as '" + value.asText() + "'");
    } else {
      ErrorCode.E005.report(diagnostics, origins.locateValue(node, key), message);
    }
  }

  private static String describe(JsonNode value) {
    if (value.isObject()) {
      return "a mapping";
    }
    if (value.isArray()) {
      return "a list";
    }
    if (value.isNull()) {
      return "empty";
    }
    return (value.isTextual() ? "the text '" : value.isNumber() ? "the number " : "")
        + value.asText()
        + (value.isTextual() ? "'" : "");
  }
}
