package dev.eventgen.model;

import java.util.List;
import java.util.Optional;

/**
 * The whole API, independent of the AsyncAPI version it was written in. Every list is sorted by
 * name, so anything derived from the model is deterministic.
 *
 * @param asyncapiVersion the {@code asyncapi} field of the source document, e.g. {@code 3.0.0}
 * @param contentHash SHA-256 (hex) of the model's version-neutral content (see {@code
 *     dev.eventgen.build.ContentHash}): the 2.6 and 3.0 renditions of one API hash the same, and
 *     any change the generated code could depend on changes it
 * @param types every named type (objects, enums, unions) the payloads and headers use
 */
public record Api(
    String asyncapiVersion,
    String title,
    String version,
    String description,
    String contentHash,
    List<Server> servers,
    List<Channel> channels,
    List<Operation> operations,
    List<Message> messages,
    List<NamedType> types) {

  public Api {
    servers = List.copyOf(servers);
    channels = List.copyOf(channels);
    operations = List.copyOf(operations);
    messages = List.copyOf(messages);
    types = List.copyOf(types);
  }

  public Optional<NamedType> type(String name) {
    return types.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  /** The named type a reference points to; the model builder guarantees it exists. */
  public NamedType resolve(TypeRef ref) {
    return type(ref.name())
        .orElseThrow(() -> new IllegalStateException("no type named " + ref.name()));
  }

  public Optional<Message> message(String name) {
    return messages.stream().filter(m -> m.name().equals(name)).findFirst();
  }

  public Optional<Server> server(String name) {
    return servers.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /** Channels that carry the given message. */
  public List<Channel> channelsOf(Message message) {
    return channels.stream().filter(c -> c.messageNames().contains(message.name())).toList();
  }

  /** True if any server speaks the given protocol (case-insensitive), e.g. {@code jms}. */
  public boolean hasProtocol(String protocol) {
    return servers.stream().anyMatch(s -> s.protocol().equalsIgnoreCase(protocol));
  }
}
