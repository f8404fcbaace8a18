package dev.eventgen.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** AsyncAPI 3.0: channels keyed by name with an {@code address}, operations at the top level. */
final class V3Layout implements Layout {

  private final JsonNode root;

  V3Layout(JsonNode root) {
    this.root = root;
  }

  @Override
  public SpecVersion version() {
    return SpecVersion.V3;
  }

  @Override
  public Map<String, JsonNode> servers() {
    return Nodes.entries(root.get("servers"));
  }

  @Override
  public List<ChannelEntry> channels() {
    List<ChannelEntry> channels = new ArrayList<>();
    Nodes.entries(root.get("channels")).forEach((name, node) -> channels.add(new ChannelEntry(
        name, Nodes.text(node, "address"), node, Nodes.entries(node.get("messages")))));
    return channels;
  }

  @Override
  public List<OperationEntry> operations() {
    List<OperationEntry> operations = new ArrayList<>();
    List<ChannelEntry> channels = channels();
    Nodes.entries(root.get("operations")).forEach((name, node) -> {
      ChannelEntry channel = channels.stream()
          .filter(c -> c.node() == node.get("channel")).findFirst().orElse(null);
      List<JsonNode> messages = Nodes.items(node.get("messages"));
      if (!node.has("messages") && channel != null) {
        messages = new ArrayList<>(channel.messages().values()); // 3.0: omitted means all
      }
      operations.add(new OperationEntry(name, Nodes.text(node, "action"), node,
          channel == null ? null : channel.name(), messages, node));
    });
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
    List<JsonNode> nodes =
        new ArrayList<>(Nodes.entries(root.path("components").get("messages")).values());
    channels().forEach(c -> nodes.addAll(c.messages().values()));
    operations().forEach(o -> nodes.addAll(o.messages()));
    return nodes;
  }
}
