package dev.eventgen.runtime.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The payload schemas of an API's messages, resolved to the Java types the generated records read,
 * as a JSON document the generator writes and the {@link Sampler} reads:
 *
 * <pre>{@code
 * {"types": {"<TypeName>": <type>, ...}, "messages": {"<MessageName>": <type or null>, ...}}
 * }</pre>
 *
 * A {@code <type>} is {@code {"$ref": "<TypeName>"}} or an object with a {@code kind}: a scalar
 * kind ({@code STRING}, {@code BOOLEAN}, {@code INT}, {@code LONG}, {@code BIG_INTEGER}, {@code
 * DOUBLE}, {@code BIG_DECIMAL}, {@code DATE_TIME}, {@code DATE}, {@code TIME}, {@code UUID}, {@code
 * URI}, {@code BYTES}, {@code ANY}) with the JSON Schema facets {@code const}, {@code pattern},
 * {@code minLength}, {@code maxLength}, {@code minimum}, {@code maximum}, {@code format} and the
 * booleans {@code exclusiveMinimum}/{@code exclusiveMaximum} ({@code ANY}, a value the records hold
 * untyped, may carry its plain JSON Schema as {@code schema}); {@code ENUM} with {@code base} and
 * {@code enum}; {@code OBJECT} with {@code name} and {@code properties}, a list of {@code {"name",
 * "required", "type"}}; {@code LIST} with {@code items}, {@code minItems}, {@code maxItems}; {@code
 * MAP} with {@code values}; {@code UNION} with {@code name}, {@code variants} (refs to objects)
 * and, when keyed, {@code discriminator} and {@code values}.
 */
public final class SampleSchema {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonNode types;
  private final JsonNode messages;

  private SampleSchema(JsonNode document) {
    this.types = document.path("types");
    this.messages = document.path("messages");
    if (!types.isObject() || !messages.isObject()) {
      throw new IllegalArgumentException("a sample schema needs 'types' and 'messages' objects");
    }
  }

  /** The schema of a document in the form above. */
  public static SampleSchema of(JsonNode document) {
    return new SampleSchema(Objects.requireNonNull(document, "document"));
  }

  /**
   * Parses a document in the form above.
   *
   * @throws IllegalArgumentException if it is no such document
   */
  public static SampleSchema parse(String json) {
    try {
      return of(JSON.readTree(json));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a sample schema: " + e.getOriginalMessage(), e);
    }
  }

  /** The names of the messages, in the document's order. */
  public List<String> messageNames() {
    List<String> names = new ArrayList<>();
    messages.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /**
   * The payload type of a message; a null node for a message without payload.
   *
   * @throws IllegalArgumentException if the API has no such message
   */
  public JsonNode message(String name) {
    JsonNode payload = messages.get(name);
    if (payload == null) {
      throw new IllegalArgumentException(
          "no message '" + name + "'; the messages are " + messageNames());
    }
    return payload;
  }

  /** The type itself, or the named type it refers to. */
  JsonNode resolve(JsonNode type) {
    JsonNode ref = type.get("$ref");
    if (ref == null) {
      return type;
    }
    JsonNode named = types.get(ref.asText());
    if (named == null) {
      throw new IllegalArgumentException("no type named '" + ref.asText() + "'");
    }
    return named;
  }

  /** Every named type. */
  Iterable<JsonNode> namedTypes() {
    return types::elements;
  }

  /** The kind of a type, after resolving a reference: {@code STRING}, {@code OBJECT}, ... */
  public String kind(JsonNode type) {
    return resolve(type).path("kind").asText();
  }
}
