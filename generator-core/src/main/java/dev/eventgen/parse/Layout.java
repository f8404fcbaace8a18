package dev.eventgen.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where servers, channels, operations and messages sit in a resolved document. The one place that
 * knows how AsyncAPI 2.x and 3.0 differ in layout; everything after it is version-neutral.
 */
public abstract sealed class Layout permits V2Layout, V3Layout {

  /** A channel: its name (3.0 key, 2.x address), address, node and messages by key. */
  public record ChannelEntry(
      String name, String address, JsonNode node, Map<String, JsonNode> messages) {}

  /**
   * An operation.
   *
   * @param action as written: 3.0 {@code send}/{@code receive}, 2.x {@code subscribe}/{@code
   *     publish}
   * @param node the operation object
   */
  public record OperationEntry(
      String name, String action, JsonNode node, String channelName, List<JsonNode> messages) {}

  /** The resolved document. */
  protected final JsonNode root;

  Layout(JsonNode root) {
    this.root = root;
  }

  public static Layout of(SpecVersion version, JsonNode root) {
    return version == SpecVersion.V3 ? new V3Layout(root) : new V2Layout(root);
  }

  public abstract SpecVersion version();

  /** Server nodes by name, in document order. */
  public Map<String, JsonNode> servers() {
    return Nodes.entries(root.get("servers"));
  }

  public abstract List<ChannelEntry> channels();

  public abstract List<OperationEntry> operations();

  /** Names of the servers a channel is available on; empty means all. */
  public abstract List<String> serverNames(ChannelEntry channel);

  /** Every object where a message (with {@code traits}) may be written, in document order. */
  public List<JsonNode> messageNodes() {
    List<JsonNode> nodes =
        new ArrayList<>(Nodes.entries(root.path("components").get("messages")).values());
    channels().forEach(c -> nodes.addAll(c.messages().values()));
    return nodes;
  }
}
