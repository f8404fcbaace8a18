package dev.eventgen.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * Where servers, channels, operations and messages sit in a resolved document. The one place
 * that knows how AsyncAPI 2.x and 3.0 differ in layout; everything after it is version-neutral.
 */
public interface Layout {

  /** A channel: its name (3.0 key, 2.x address), address, node and messages by key. */
  record ChannelEntry(String name, String address, JsonNode node, Map<String, JsonNode> messages) {}

  /**
   * An operation.
   *
   * @param action as written: 3.0 {@code send}/{@code receive}, 2.x {@code subscribe}/{@code
   *     publish}
   * @param actionNode the node holding the action, for diagnostics (the operation in 2.x)
   */
  record OperationEntry(
      String name,
      String action,
      JsonNode node,
      String channelName,
      List<JsonNode> messages,
      JsonNode actionNode) {}

  static Layout of(SpecVersion version, JsonNode root) {
    return version == SpecVersion.V3 ? new V3Layout(root) : new V2Layout(root);
  }

  SpecVersion version();

  /** Server nodes by name, in document order. */
  Map<String, JsonNode> servers();

  List<ChannelEntry> channels();

  List<OperationEntry> operations();

  /** Names of the servers a channel is available on; empty means all. */
  List<String> serverNames(ChannelEntry channel);

  /** Every object where a message (with {@code traits}) may be written, in document order. */
  List<JsonNode> messageNodes();
}
