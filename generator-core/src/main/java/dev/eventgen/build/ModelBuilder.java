package dev.eventgen.build;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventgen.diagnostic.Diagnostics;
import dev.eventgen.diagnostic.ErrorCode;
import dev.eventgen.model.Api;
import dev.eventgen.model.Channel;
import dev.eventgen.model.Message;
import dev.eventgen.model.Operation;
import dev.eventgen.model.Server;
import dev.eventgen.parse.Layout;
import dev.eventgen.parse.Nodes;
import dev.eventgen.parse.ResolvedSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The model stage: builds the version-neutral {@link Api} from a resolved, checked document whose
 * traits are merged. Messages are those the channels carry; every list is sorted by name. Problems
 * found here (name clashes, missing pieces) go to the diagnostics, gated by the caller.
 */
public final class ModelBuilder {

  private final ResolvedSpec spec;
  private final Layout layout;
  private final Diagnostics diagnostics;
  private final SchemaMapper schemas;
  private final MessageSchemas messageSchemas;

  private ModelBuilder(ResolvedSpec spec, Layout layout, Diagnostics diagnostics) {
    this.spec = spec;
    this.layout = layout;
    this.diagnostics = diagnostics;
    this.schemas = new SchemaMapper(spec.origins(), diagnostics);
    this.messageSchemas = new MessageSchemas(spec.origins(), diagnostics, schemas);
  }

  public static Api build(ResolvedSpec spec, Layout layout, Diagnostics diagnostics) {
    return new ModelBuilder(spec, layout, diagnostics).build();
  }

  private Api build() {
    JsonNode root = spec.tree();
    Map<JsonNode, String> names = new MessageNamer(spec.origins()).name(layout);
    schemas.reserve(Nodes.entries(root.path("components").get("schemas")).keySet());
    List<Message> messages = messages(names, Nodes.text(root, "defaultContentType"));
    List<Server> servers = new ArrayList<>();
    layout
        .servers()
        .forEach((name, node) -> servers.add(ServerMapper.server(name, node, layout.version())));
    ChannelMapper channelMapper = new ChannelMapper(spec.origins(), diagnostics);
    List<Channel> channels = new ArrayList<>();
    for (Layout.ChannelEntry entry : layout.channels()) {
      channels.add(channelMapper.channel(entry, layout.serverNames(entry), names));
    }
    JsonNode info = root.path("info");
    Api api =
        new Api(
            Nodes.text(root, "asyncapi"),
            Nodes.text(info, "title"),
            Nodes.text(info, "version"),
            Nodes.text(info, "description"),
            "",
            sorted(servers, Server::name),
            sorted(channels, Channel::name),
            sorted(operations(names), Operation::name),
            sorted(messages, Message::name),
            schemas.types());
    return ContentHash.attach(api);
  }

  private List<Message> messages(Map<JsonNode, String> names, String defaultContentType) {
    List<JsonNode> nodes = carried(names);
    Map<JsonNode, Integer> payloadUses = new IdentityHashMap<>();
    nodes.forEach(n -> payloadUses.merge(payloadOf(n), 1, Integer::sum));
    for (JsonNode node : nodes) {
      JsonNode payload = payloadOf(node);
      if (payload != null && payloadUses.get(payload) == 1) {
        schemas.prefer(payload, names.get(node));
      }
    }
    MessageMapper mapper = new MessageMapper(schemas, messageSchemas, defaultContentType);
    List<Message> messages = new ArrayList<>();
    Map<String, String> declared = new HashMap<>();
    for (JsonNode node : nodes) {
      messages.add(mapper.message(names.get(node), node));
      JsonNode payload = payloadOf(node);
      if (payload != null) {
        declared.put(names.get(node), Discriminators.declared(schemas.flatten(payload)));
      }
    }
    return Discriminators.assign(messages, schemas, declared);
  }

  /** Message nodes in the order the channels carry them, each once. */
  private List<JsonNode> carried(Map<JsonNode, String> names) {
    Set<JsonNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<JsonNode> nodes = new ArrayList<>();
    for (Layout.ChannelEntry channel : layout.channels()) {
      channel.messages().values().stream().filter(seen::add).forEach(nodes::add);
    }
    return nodes;
  }

  private JsonNode payloadOf(JsonNode message) {
    return messageSchemas.payload(message);
  }

  private List<Operation> operations(Map<JsonNode, String> names) {
    List<Operation> operations = new ArrayList<>();
    for (Layout.OperationEntry entry : layout.operations()) {
      List<String> messageNames = new ArrayList<>();
      for (JsonNode message : entry.messages()) {
        String name = names.get(message);
        if (name == null) {
          ErrorCode.E015.report(
              diagnostics,
              spec.origins().locate(message),
              "operation '" + entry.name() + "' refers to a message its channel does not carry");
        } else if (!messageNames.contains(name)) {
          messageNames.add(name);
        }
      }
      Operation.Action action =
          entry.action() == null
                  || entry.action().equals("send")
                  || entry.action().equals("subscribe")
              ? Operation.Action.SEND
              : Operation.Action.RECEIVE;
      operations.add(
          new Operation(
              entry.name(),
              action,
              entry.channelName(),
              messageNames.stream().sorted().toList(),
              Nodes.text(entry.node(), "summary"),
              reply(entry.node().get("reply"), names)));
    }
    return operations;
  }

  /** A 3.0 reply: its channel (by identity of the resolved node), address and messages. */
  private Operation.Reply reply(JsonNode reply, Map<JsonNode, String> names) {
    if (reply == null || !reply.isObject()) {
      return null;
    }
    String channelName = null;
    for (Layout.ChannelEntry channel : layout.channels()) {
      if (channel.node() == reply.get("channel")) {
        channelName = channel.name();
      }
    }
    List<String> messageNames =
        Nodes.items(reply.get("messages")).stream()
            .map(names::get)
            .filter(Objects::nonNull)
            .distinct()
            .sorted()
            .toList();
    return new Operation.Reply(
        channelName, Nodes.text(reply.get("address"), "location"), messageNames);
  }

  private static <T> List<T> sorted(List<T> items, java.util.function.Function<T, String> name) {
    return items.stream()
        .sorted(
            Comparator.comparing(name, Comparator.nullsFirst(Comparator.<String>naturalOrder())))
        .toList();
  }
}
