package dev.eventgen.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventgen.diagnostic.Diagnostics;
import dev.eventgen.diagnostic.ErrorCode;
import dev.eventgen.parse.JsonPointer;
import dev.eventgen.parse.Layout;
import dev.eventgen.parse.Nodes;
import dev.eventgen.parse.Origins;
import dev.eventgen.parse.SpecVersion;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks the rules the key check cannot see: info title and version, 3.0 operation actions and
 * channels, and each message's {@code schemaFormat}.
 */
final class RuleChecker {

  private final Origins origins;
  private final Diagnostics diagnostics;

  RuleChecker(Origins origins, Diagnostics diagnostics) {
    this.origins = origins;
    this.diagnostics = diagnostics;
  }

  void check(JsonNode root, Layout layout) {
    JsonNode info = root.get("info");
    if (info == null) {
      ErrorCode.E015.report(
          diagnostics,
          origins.locate(root),
          "the document has no 'info' (it needs at least a title and a version)");
    }
    for (String key : List.of("title", "version")) {
      if (info != null && info.isObject() && Nodes.text(info, key) == null) {
        report(ErrorCode.E015, root, "info", "info has no '" + key + "'");
      }
    }
    if (layout.version() == SpecVersion.V3) {
      layout.operations().forEach(this::checkOperation);
    } else if (!root.has("channels")) {
      ErrorCode.W009.report(
          diagnostics,
          origins.locate(root),
          "the document has no 'channels', which AsyncAPI 2.x requires: nothing is generated for"
              + " channels or messages");
    }
    String id = Nodes.text(root, "id");
    if (id != null && !isUri(id)) {
      ErrorCode.W009.report(
          diagnostics, origins.locateValue(root, "id"), "'id' must be a URI, not '" + id + "'");
    }
    Map<JsonNode, String> channelKeys = new IdentityHashMap<>();
    layout.channels().forEach(c -> c.messages().forEach((k, m) -> channelKeys.putIfAbsent(m, k)));
    Set<JsonNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (JsonNode message : layout.messageNodes()) {
      if (seen.add(message)) {
        String label = label(message, channelKeys.get(message));
        checkSchemaFormats(message, layout.version(), label);
        checkContentType(message, label);
      }
    }
    checkContentType(root, "the document (defaultContentType)");
  }

  /** The records read and write JSON; another content type is the user's to decode. */
  private void checkContentType(JsonNode holder, String label) {
    String key = holder.has("defaultContentType") ? "defaultContentType" : "contentType";
    String type = Nodes.text(holder, key);
    if (type != null && !type.toLowerCase(Locale.ROOT).contains("json")) {
      ErrorCode.W010.report(
          diagnostics,
          origins.locateValue(holder, key),
          label
              + " has content type '"
              + type
              + "', but the generated code reads and writes JSON: decode such payloads yourself");
    }
  }

  private static boolean isUri(String text) {
    try {
      return new URI(text).getScheme() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private void checkOperation(Layout.OperationEntry operation) {
    JsonNode node = operation.node();
    String action = operation.action();
    if (action == null || !(action.equals("send") || action.equals("receive"))) {
      String hint =
          "publish".equals(action)
              ? " (2.x 'publish' is 'receive' in 3.0)"
              : "subscribe".equals(action)
                  ? " (2.x 'subscribe' is 'send' in 3.0)"
                  : Suggestions.didYouMean(String.valueOf(action), List.of("send", "receive"));
      report(
          ErrorCode.E013,
          node,
          "action",
          "operation '"
              + operation.name()
              + "' has action '"
              + action
              + "'; AsyncAPI 3.0 allows only 'send' or 'receive'"
              + hint);
    }
    if (operation.channelName() == null) {
      report(
          ErrorCode.E015,
          node,
          "channel",
          "operation '" + operation.name() + "' does not refer to a channel of the document");
    }
  }

  private void checkSchemaFormats(JsonNode message, SpecVersion version, String label) {
    if (version == SpecVersion.V2) {
      checkFormat(message, label);
    } else {
      for (String key : List.of("payload", "headers")) {
        JsonNode schema = message.get(key);
        if (schema != null && schema.isObject() && schema.has("schemaFormat")) {
          checkFormat(schema, label);
        }
      }
    }
  }

  private void checkFormat(JsonNode holder, String label) {
    String format = Nodes.text(holder, "schemaFormat");
    if (!SchemaFormats.isSupported(format)) {
      report(
          ErrorCode.E012,
          holder,
          "schemaFormat",
          "unsupported schemaFormat '"
              + format
              + "' in "
              + label
              + ": eventgen reads "
              + SchemaFormats.SUPPORTED);
    }
  }

  /** {@code message 'CallStarted'}: named by component key, name, messageId or channel key. */
  private String label(JsonNode message, String channelKey) {
    Origins.Origin origin = origins.of(message);
    String name =
        origin != null && origin.pointer().matches("/components/messages/[^/]+")
            ? JsonPointer.lastKey(origin.pointer())
            : Nodes.text(message, "name");
    name = name != null ? name : Nodes.text(message, "messageId");
    name = name != null ? name : channelKey;
    return name == null ? "a message" : "message '" + name + "'";
  }

  private void report(ErrorCode code, JsonNode parent, String key, String message) {
    boolean present = parent.has(key);
    code.report(
        diagnostics, present ? origins.locateValue(parent, key) : origins.locate(parent), message);
  }
}
