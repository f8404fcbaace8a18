package dev.eventgen.build;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventgen.diagnostic.Diagnostics;
import dev.eventgen.diagnostic.ErrorCode;
import dev.eventgen.model.Channel;
import dev.eventgen.model.ChannelParameter;
import dev.eventgen.model.JmsDestination;
import dev.eventgen.parse.Layout;
import dev.eventgen.parse.Nodes;
import dev.eventgen.parse.Origins;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Maps a channel and its JMS binding. The binding's destination kind comes from {@code
 * x-destinationType} (JMS binding 0.0.1 has no {@code topic}), else its {@code destinationType},
 * else {@code queue}; both are read from the tree because asyncapi-core drops them. Address
 * parameters and every other binding are kept in the model for the targets that want them.
 */
final class ChannelMapper {

  private final Origins origins;
  private final Diagnostics diagnostics;

  ChannelMapper(Origins origins, Diagnostics diagnostics) {
    this.origins = origins;
    this.diagnostics = diagnostics;
  }

  Channel channel(Layout.ChannelEntry entry, List<String> servers, Map<JsonNode, String> names) {
    JsonNode node = entry.node();
    List<String> messageNames =
        entry.messages().values().stream().map(names::get).distinct().sorted().toList();
    return new Channel(
        entry.name(),
        entry.address(),
        Nodes.text(node, "title"),
        Nodes.text(node, "description"),
        servers,
        messageNames,
        jms(node.path("bindings").get("jms"), entry.address()),
        parameters(node.get("parameters")),
        bindings(node.get("bindings")));
  }

  /** 3.0 writes enum, default and examples on the parameter; 2.x in its schema. */
  private static List<ChannelParameter> parameters(JsonNode parameters) {
    List<ChannelParameter> result = new ArrayList<>();
    Nodes.entries(parameters)
        .forEach(
            (name, p) -> {
              JsonNode facets = p.has("schema") ? p.get("schema") : p;
              JsonNode defaultValue = facets.get("default");
              result.add(
                  new ChannelParameter(
                      name,
                      Nodes.text(p, "description"),
                      texts(facets.get("enum")),
                      defaultValue == null || defaultValue.isNull() ? null : defaultValue.asText(),
                      texts(facets.get("examples")),
                      Nodes.text(p, "location")));
            });
    return result;
  }

  private static List<String> texts(JsonNode values) {
    List<String> texts = new ArrayList<>();
    if (values != null && values.isArray()) {
      values.forEach(
          v -> {
            if (v.isValueNode() && !v.isNull()) texts.add(v.asText());
          });
    }
    return texts;
  }

  /** Every binding (extensions aside) as compact JSON, by protocol. */
  private static Map<String, String> bindings(JsonNode bindings) {
    Map<String, String> result = new TreeMap<>();
    Nodes.entries(bindings)
        .forEach(
            (protocol, binding) -> {
              if (!protocol.startsWith("x-")) result.put(protocol, binding.toString());
            });
    return result;
  }

  private JmsDestination jms(JsonNode binding, String address) {
    if (binding == null || !binding.isObject()) {
      return null;
    }
    String destination = Nodes.text(binding, "destination");
    String key = binding.has("x-destinationType") ? "x-destinationType" : "destinationType";
    String kind = Nodes.text(binding, key);
    return new JmsDestination(
        destination != null ? destination : address, kind(binding, key, kind));
  }

  private JmsDestination.Kind kind(JsonNode binding, String key, String kind) {
    if (kind == null) {
      return JmsDestination.Kind.QUEUE;
    }
    switch (kind.toLowerCase(Locale.ROOT)) {
      case "topic":
        return JmsDestination.Kind.TOPIC;
      case "queue":
        return JmsDestination.Kind.QUEUE;
      case "fifo-queue":
        return JmsDestination.Kind.FIFO_QUEUE;
      default:
        ErrorCode.E005.report(
            diagnostics,
            origins.locateValue(binding, key),
            "'" + key + "' is '" + kind + "'; expected topic, queue or fifo-queue");
        return JmsDestination.Kind.QUEUE;
    }
  }
}
