package dev.eventgen.build;

import dev.eventgen.model.Message;
import dev.eventgen.model.ObjectType;
import dev.eventgen.model.Property;
import dev.eventgen.model.Scalar;
import dev.eventgen.model.TypeRef;
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
