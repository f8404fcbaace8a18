package dev.eventgen.build;

import dev.eventgen.model.Api;
import dev.eventgen.model.Channel;
import dev.eventgen.model.Operation;
import dev.eventgen.model.Server;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The content hash of a model: SHA-256 (hex) of a canonical rendering (the records' own {@code
 * toString}, every list sorted) of what the generated code depends on. It leaves out what only the
 * AsyncAPI version decides, so the 2.6 and 3.0 renditions of one API hash the same: the {@code
 * asyncapi} version; channel names (3.0 keys, 2.x addresses), replaced by the address; an
 * operation's channel, referred to by address instead of name; server and channel titles, which 2.x
 * cannot express; and channel parameters and bindings other than JMS, which no target uses and
 * which the two versions spell differently.
 */
public final class ContentHash {

  private ContentHash() {}

  /** SHA-256 (hex) of the {@link #versionNeutral} form of the model. */
  public static String of(Api api) {
    return sha256(versionNeutral(api).toString());
  }

  /**
   * The model without what only the AsyncAPI version decides: equal for the 2.6 and 3.0 renditions
   * of one API. Its content hash is left empty.
   */
  public static Api versionNeutral(Api api) {
    Map<String, String> addressOf =
        api.channels().stream().collect(Collectors.toMap(Channel::name, ContentHash::address));
    List<Server> servers =
        api.servers().stream()
            .map(
                s ->
                    new Server(
                        s.name(),
                        s.url(),
                        s.host(),
                        s.protocol(),
                        s.protocolVersion(),
                        null,
                        s.description(),
                        s.syslog()))
            .toList();
    List<Channel> channels =
        api.channels().stream()
            .map(
                c ->
                    new Channel(
                        address(c),
                        c.address(),
                        null,
                        c.description(),
                        c.serverNames(),
                        c.messageNames(),
                        c.jms(),
                        List.of(),
                        Map.of()))
            .sorted(Comparator.comparing(Channel::name))
            .toList();
    List<Operation> operations =
        api.operations().stream()
            .map(
                o ->
                    new Operation(
                        o.name(),
                        o.action(),
                        addressOf.get(o.channelName()),
                        o.messageNames(),
                        o.summary(),
                        o.reply()))
            .toList();
    Api canonical =
        new Api(
            "",
            api.title(),
            api.version(),
            api.description(),
            "",
            servers,
            channels,
            operations,
            api.messages(),
            api.types());
    return canonical;
  }

  private static String address(Channel channel) {
    return channel.address() != null ? channel.address() : channel.name();
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** The model with its content hash filled in. */
  static Api attach(Api api) {
    return new Api(
        api.asyncapiVersion(),
        api.title(),
        api.version(),
        api.description(),
        of(api),
        api.servers(),
        api.channels(),
        api.operations(),
        api.messages(),
        api.types());
  }
}
