package dev.eventgen.build;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventgen.check.ErrorCode;
import dev.eventgen.diagnostic.Diagnostics;
import dev.eventgen.model.Identifiers;
import dev.eventgen.parse.JsonPointer;
import dev.eventgen.parse.Layout;
import dev.eventgen.parse.Nodes;
import dev.eventgen.parse.Origins;
import dev.eventgen.parse.SpecVersion;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Names every message a channel carries: its {@code components.messages} key, else its {@code
 * name}, else {@code messageId}, else its 3.0 channel key, else derived from the channel. Two
 * messages whose names are equal, or become the same Java name, are an error.
 */
final class MessageNamer {

  private final Origins origins;
  private final Diagnostics diagnostics;

  MessageNamer(Origins origins, Diagnostics diagnostics) {
    this.origins = origins;
    this.diagnostics = diagnostics;
  }

  /** Message nodes (by identity) to their names. */
  Map<JsonNode, String> name(Layout layout) {
    Map<JsonNode, String> names = new IdentityHashMap<>();
    Map<String, String> javaNames = new HashMap<>();
    for (Layout.ChannelEntry channel : layout.channels()) {
      int index = 0;
      for (Map.Entry<String, JsonNode> entry : channel.messages().entrySet()) {
        index++;
        JsonNode message = entry.getValue();
        if (names.containsKey(message)) {
          continue;
        }
        String key = layout.version() == SpecVersion.V3 ? entry.getKey() : null;
        String derived =
            Identifiers.pascalCase(channel.name())
                + "Message"
                + (channel.messages().size() > 1 ? String.valueOf(index) : "");
        String name = chosenName(message, key, derived);
        String clash = javaNames.putIfAbsent(Identifiers.pascalCase(name), name);
        if (clash != null) {
          reportClash(message, clash, name);
          name = name + "_" + names.size();
        }
        names.put(message, name);
      }
    }
    return names;
  }

  private String chosenName(JsonNode message, String channelKey, String derived) {
    Origins.Origin origin = origins.of(message);
    if (origin != null && origin.pointer().matches("/components/messages/[^/]+")) {
      return JsonPointer.lastKey(origin.pointer());
    }
    for (String key : new String[] {"name", "messageId"}) {
      if (Nodes.text(message, key) != null) {
        return Nodes.text(message, key);
      }
    }
    return channelKey != null ? channelKey : derived;
  }

  private void reportClash(JsonNode message, String first, String second) {
    String what =
        first.equals(second)
            ? "two different messages are both named '" + first + "'"
            : "messages '"
                + first
                + "' and '"
                + second
                + "' would both become the Java name '"
                + Identifiers.pascalCase(first)
                + "'";
    ErrorCode.E014.report(
        diagnostics,
        origins.locate(message),
        what + "; give each message a unique name (or components.messages key)");
  }
}
