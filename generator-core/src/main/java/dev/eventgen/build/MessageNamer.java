package dev.eventgen.build;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventgen.model.Identifiers;
import dev.eventgen.parse.JsonPointer;
import dev.eventgen.parse.Layout;
import dev.eventgen.parse.Nodes;
import dev.eventgen.parse.Origins;
import dev.eventgen.parse.SpecVersion;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Names every message a channel carries: its {@code components.messages} key, else its {@code
 * name}, else {@code messageId}, else its 3.0 channel key, else derived from the channel. AsyncAPI
 * does not require names to be unique, so a message whose Java name another message already took is
 * qualified by its channel ({@code StreamFailedCloudEvent}), and if that is taken too, numbered:
 * deterministic, since channels are met in document order.
 */
final class MessageNamer {

  private final Origins origins;

  MessageNamer(Origins origins) {
    this.origins = origins;
  }

  /** Message nodes (by identity) to their names. */
  Map<JsonNode, String> name(Layout layout) {
    Map<JsonNode, String> names = new IdentityHashMap<>();
    Set<String> javaNames = new HashSet<>();
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
        names.put(message, unique(chosenName(message, key, derived), channel.name(), javaNames));
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

  private static String unique(String name, String channel, Set<String> javaNames) {
    String candidate = name;
    if (!javaNames.add(Identifiers.pascalCase(candidate))) {
      candidate = Identifiers.pascalCase(channel) + Identifiers.pascalCase(name);
      for (int n = 2; !javaNames.add(Identifiers.pascalCase(candidate)); n++) {
        candidate = Identifiers.pascalCase(channel) + Identifiers.pascalCase(name) + n;
      }
    }
    return candidate;
  }
}
