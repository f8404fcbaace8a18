package dev.eventgen.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventgen.model.Identifiers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * AsyncAPI 2.x: channels keyed by address, each with {@code subscribe} (the application sends)
 * and {@code publish} (it receives) operations holding one message or {@code oneOf} several.
 */
final class V2Layout implements Layout {

  private static final List<String> ACTIONS = List.of("subscribe", "publish");

  private final JsonNode root;

  V2Layout(JsonNode root) {
    this.root = root;
  }

  @Override
  public SpecVersion version() {
    return SpecVersion.V2;
  }

  @Override
  public Map<String, JsonNode> servers() {
    return Nodes.entries(root.get("servers"));
  }

  @Override
  public List<ChannelEntry> channels() {
    List<ChannelEntry> channels = new ArrayList<>();
    Nodes.entries(root.get("channels")).forEach((address, node) -> {
      Map<String, JsonNode> messages = new LinkedHashMap<>();
      for (String action : ACTIONS) {
        for (JsonNode message : messagesOf(node.get(action))) {
          messages.putIfAbsent("#" + messages.size(), message);
        }
      }
      channels.add(new ChannelEntry(address, address, node, messages));
    });
    return channels;
  }

  @Override
  public List<OperationEntry> operations() {
    List<OperationEntry> operations = new ArrayList<>();
    Nodes.entries(root.get("channels")).forEach((address, channel) -> {
      for (String action : ACTIONS) {
        JsonNode operation = channel.get(action);
        if (operation != null && operation.isObject()) {
          String name = Nodes.text(operation, "operationId");
          if (name == null) {
            name = (action.equals("subscribe") ? "send" : "receive") + Identifiers.pascalCase(address);
          }
          operations.add(new OperationEntry(
              name, action, operation, address, messagesOf(operation), channel));
        }
      }
    });
    return operations;
  }

  @Override
  public List<String> serverNames(ChannelEntry channel) {
    List<String> names = new ArrayList<>();
    JsonNode servers = channel.node().get("servers");
    if (servers != null && servers.isArray()) {
      servers.forEach(s -> names.add(s.asText()));
    }
    return names;
  }

  @Override
  public List<JsonNode> messageNodes() {
    List<JsonNode> nodes =
        new ArrayList<>(Nodes.entries(root.path("components").get("messages")).values());
    channels().forEach(c -> nodes.addAll(c.messages().values()));
    return nodes;
  }

  private static List<JsonNode> messagesOf(JsonNode operation) {
    JsonNode message = operation == null ? null : operation.get("message");
    if (message == null || !message.isObject()) {
      return List.of();
    }
    return message.has("oneOf") ? Nodes.items(message.get("oneOf")) : List.of(message);
  }
}
