package dev.eventgen.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** AsyncAPI 3.0: channels keyed by name with an {@code address}, operations at the top level. */
final class V3Layout extends Layout {

  V3Layout(JsonNode root) {
    super(root);
  }

  @Override
  public SpecVersion version() {
    return SpecVersion.V3;
  }

  @Override
  public List<ChannelEntry> channels() {
    List<ChannelEntry> channels = new ArrayList<>();
    Nodes.entries(root.get("channels"))
        .forEach(
            (name, node) ->
                channels.add(
                    new ChannelEntry(
                        name,
                        Nodes.text(node, "address"),
                        node,
                        Nodes.entries(node.get("messages")))));
    return channels;
  }

  @Override
  public List<OperationEntry> operations() {
    Map<JsonNode, ChannelEntry> channels = new IdentityHashMap<>();
    channels().forEach(c -> channels.put(c.node(), c));
    List<OperationEntry> operations = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : Nodes.entries(root.get("operations")).entrySet()) {
      JsonNode node = entry.getValue();
      ChannelEntry channel = node.has("channel") ? channels.get(node.get("channel")) : null;
      List<JsonNode> messages = Nodes.items(node.get("messages"));
      if (!node.has("messages") && channel != null) {
        messages = new ArrayList<>(channel.messages().values()); // 3.0: omitted means all
      }
      String channelName = channel == null ? null : channel.name();
      operations.add(
          new OperationEntry(
              entry.getKey(), Nodes.text(node, "action"), node, channelName, messages));
    }
    return operations;
  }

  @Override
  public List<String> serverNames(ChannelEntry channel) {
    Map<JsonNode, String> names = new IdentityHashMap<>();
    servers().forEach((name, node) -> names.put(node, name));
    List<String> result = new ArrayList<>();
    for (JsonNode server : Nodes.items(channel.node().get("servers"))) {
      if (names.containsKey(server)) {
        result.add(names.get(server));
      }
    }
    return result;
  }

  @Override
  public List<JsonNode> messageNodes() {
    List<JsonNode> nodes = super.messageNodes();
    operations().forEach(o -> nodes.addAll(o.messages()));
    return nodes;
  }
}
