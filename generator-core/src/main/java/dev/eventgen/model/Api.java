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
    // Indexed once here, so the lookups below cost the same for 5 types as for 5,000.
    servers = IndexedList.of(servers, s -> List.of(s.name()));
    channels = IndexedList.of(channels, Channel::messageNames);
    operations = List.copyOf(operations);
    messages = IndexedList.of(messages, m -> List.of(m.name()));
    types = IndexedList.of(types, t -> List.of(t.name()));
  }

  public Optional<NamedType> type(String name) {
    return IndexedList.indexed(types).first(name);
  }

  /** The named type a reference points to; the model builder guarantees it exists. */
  public NamedType resolve(TypeRef ref) {
    return type(ref.name())
        .orElseThrow(() -> new IllegalStateException("no type named " + ref.name()));
  }

  public Optional<Message> message(String name) {
    return IndexedList.indexed(messages).first(name);
  }

  public Optional<Server> server(String name) {
    return IndexedList.indexed(servers).first(name);
  }

  /** Channels that carry the given message. */
  public List<Channel> channelsOf(Message message) {
    return IndexedList.indexed(channels).all(message.name());
  }

  /** True if any server speaks the given protocol (case-insensitive), e.g. {@code jms}. */
  public boolean hasProtocol(String protocol) {
    return servers.stream().anyMatch(s -> s.protocol().equalsIgnoreCase(protocol));
  }
}
