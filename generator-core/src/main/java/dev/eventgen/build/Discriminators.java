package dev.eventgen.build;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventgen.model.Identifiers;
import dev.eventgen.model.Message;
import dev.eventgen.model.ObjectType;
import dev.eventgen.model.Property;
import dev.eventgen.model.Scalar;
import dev.eventgen.model.TypeRef;
import dev.eventgen.parse.Nodes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the payload property whose constant value tells a message apart ({@code eventType:
 * call.started}): the one the payload schema's {@code discriminator} names; else the first const
 * string property whose value no other message shares; else the first const string property.
 * Messages whose payload has no const string property get none.
 */
final class Discriminators {

  private Discriminators() {}

  /** The property a schema's {@code discriminator} names: AsyncAPI's string, OpenAPI's object. */
  static String declared(JsonNode schema) {
    JsonNode discriminator = schema.path("discriminator");
    return discriminator.isObject()
        ? Nodes.text(discriminator, "propertyName")
        : Nodes.text(schema, "discriminator");
  }

  /**
   * OpenAPI's {@code discriminator.mapping} by variant type name: {@code cat:
   * '#/components/schemas/Cat'} (or just {@code Cat}) gives {@code Cat -> cat}.
   */
  static Map<String, String> mapping(JsonNode schema) {
    Map<String, String> byType = new HashMap<>();
    Nodes.fields(schema.path("discriminator").get("mapping"))
        .forEach(
            (value, target) -> {
              String ref = target.asText();
              byType.putIfAbsent(
                  Identifiers.pascalCase(ref.substring(ref.lastIndexOf('/') + 1)), value);
            });
    return byType;
  }

  static List<Message> assign(
      List<Message> messages, SchemaMapper schemas, Map<String, String> declared) {
    Map<String, Map<String, String>> consts = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> valueCounts = new HashMap<>();
    for (Message message : messages) {
      Map<String, String> c = constProperties(message, schemas);
      consts.put(message.name(), c);
      c.forEach(
          (property, value) ->
              valueCounts
                  .computeIfAbsent(property, p -> new HashMap<>())
                  .merge(value, 1, Integer::sum));
    }
    List<Message> result = new ArrayList<>();
    for (Message message : messages) {
      Map<String, String> c = consts.get(message.name());
      String chosen = choose(c, valueCounts, declared.get(message.name()));
      result.add(chosen == null ? message : withDiscriminator(message, chosen, c.get(chosen)));
    }
    return result;
  }

  private static String choose(
      Map<String, String> consts, Map<String, Map<String, Integer>> counts, String declared) {
    if (declared != null && consts.containsKey(declared)) {
      return declared;
    }
    for (Map.Entry<String, String> entry : consts.entrySet()) {
      if (counts.get(entry.getKey()).get(entry.getValue()) == 1) {
        return entry.getKey();
      }
    }
    return consts.isEmpty() ? null : consts.keySet().iterator().next();
  }

  private static Map<String, String> constProperties(Message message, SchemaMapper schemas) {
    Map<String, String> consts = new LinkedHashMap<>();
    if (message.payload() instanceof TypeRef ref
        && schemas.type(ref.name()) instanceof ObjectType o) {
      for (Property property : o.properties()) {
        if (property.type() instanceof Scalar s
            && s.constraints().constValue() instanceof String v) {
          consts.put(property.wireName(), v);
        }
      }
    }
    return consts;
  }

  private static Message withDiscriminator(Message m, String property, String value) {
    return new Message(
        m.name(),
        m.title(),
        m.summary(),
        m.description(),
        m.contentType(),
        m.payload(),
        m.headers(),
        m.jmsHeaders(),
        m.correlationIdLocation(),
        property,
        value,
        m.deprecated(),
        m.syslog(),
        m.examples());
  }
}
