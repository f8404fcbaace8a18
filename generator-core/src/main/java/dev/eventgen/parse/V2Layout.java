package dev.eventgen.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventgen.model.Identifiers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * AsyncAPI 2.x: channels keyed by address, each with {@code subscribe} (the application sends) and
 * {@code publish} (it receives) operations holding one message or {@code oneOf} several.
 */
final class V2Layout extends Layout {

  private static final List<String> ACTIONS = List.of("subscribe", "publish");

  V2Layout(JsonNode root) {
    super(root);
  }

  @Override
  public SpecVersion version() {
    return SpecVersion.V2;
  }

  @Override
  public List<ChannelEntry> channels() {
    List<ChannelEntry> channels = new ArrayList<>();
    Nodes.entries(root.get("channels"))
        .forEach(
            (address, node) -> {
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
    Nodes.entries(root.get("channels"))
        .forEach(
            (address, channel) -> {
              for (String action : ACTIONS) {
                JsonNode operation = channel.get(action);
                if (operation != null && operation.isObject()) {
                  String name = Nodes.text(operation, "operationId");
                  if (name == null) {
                    name =
                        (action.equals("subscribe") ? "send" : "receive")
                            + Identifiers.pascalCase(address);
                  }
                  operations.add(
                      new OperationEntry(name, action, operation, address, messagesOf(operation)));
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

  private static List<JsonNode> messagesOf(JsonNode operation) {
    JsonNode message = operation == null ? null : operation.get("message");
    if (message == null || !message.isObject()) {
      return List.of();
    }
    return message.has("oneOf") ? Nodes.items(message.get("oneOf")) : List.of(message);
  }
}
