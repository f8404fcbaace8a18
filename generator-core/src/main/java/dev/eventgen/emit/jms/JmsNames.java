package dev.eventgen.emit.jms;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.NameAllocator;
import dev.eventgen.emit.JavaNames;
import dev.eventgen.model.Api;
import dev.eventgen.model.Channel;
import dev.eventgen.model.Identifiers;
import dev.eventgen.model.Message;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names of the JMS target's generated types, and the channels it serves: those with a JMS binding,
 * each with a stable constant name ({@code callStarted} -> {@code CALL_STARTED}).
 */
final class JmsNames {

  private final JavaNames names;
  private final List<Channel> channels;
  private final Map<String, List<Channel>> channelsByMessage = new HashMap<>();
  private final List<Message> messages;
  private final Map<String, String> constants = new HashMap<>();
  private final Map<String, String> messageConstants = new HashMap<>();

  JmsNames(JavaNames names) {
    this.names = names;
    // Named and ordered by address, not by channel key: AsyncAPI 2.x has no keys but the
    // address, and the 2.x and 3.0 renditions of one API must give the same sources.
    this.channels =
        names.api().channels().stream()
            .filter(c -> c.jms() != null)
            .sorted(Comparator.comparing(JmsNames::addressOf))
            .toList();
    for (Channel channel : channels) {
      for (String message : Set.copyOf(channel.messageNames())) {
        channelsByMessage.computeIfAbsent(message, m -> new ArrayList<>()).add(channel);
      }
    }
    this.messages =
        names.api().messages().stream()
            .filter(m -> channelsByMessage.containsKey(m.name()))
            .toList();
    NameAllocator allocator = new NameAllocator();
    for (Channel channel : channels) {
      constants.put(
          channel.name(), allocator.newName(Identifiers.constantCase(addressOf(channel))));
    }
    NameAllocator messageAllocator = new NameAllocator();
    for (Message message : names.api().messages()) {
      messageConstants.put(
          message.name(), messageAllocator.newName(Identifiers.constantCase(message.name())));
    }
  }

  private static String addressOf(Channel channel) {
    return channel.address() == null ? channel.name() : channel.address();
  }

  JavaNames names() {
    return names;
  }

  Api api() {
    return names.api();
  }

  /** Channels with a JMS binding, in model order. */
  List<Channel> channels() {
    return channels;
  }

  /** JMS channels carrying the message, in model order. */
  List<Channel> channelsOf(Message message) {
    return channelsByMessage.getOrDefault(message.name(), List.of());
  }

  /** Messages carried by at least one JMS channel, in model order. */
  List<Message> messages() {
    return messages;
  }

  /** The constant naming the channel in {@link #channelEnum()} and {@link #destinations()}. */
  String constant(Channel channel) {
    return constants.get(channel.name());
  }

  /** A constant-case name for the message, unique among the API's messages. */
  String constant(Message message) {
    return messageConstants.get(message.name());
  }

  private ClassName jms(String suffix) {
    return ClassName.get(names.jmsPackage(), names.apiName() + suffix);
  }

  ClassName destinations() {
    return jms("Destinations");
  }

  ClassName channelEnum() {
    return jms("JmsChannel");
  }

  ClassName dispatcher() {
    return jms("JmsDispatcher");
  }

  ClassName subscriber() {
    return jms("JmsSubscriber");
  }

  ClassName publisher() {
    return jms("JmsPublisher");
  }

  /**
   * The static initialiser of every generated entry point: it initialises the API descriptor, which
   * checks that the runtime on the class path is the one the code was generated for.
   */
  CodeBlock requireRuntime() {
    return CodeBlock.of("$T.requireRuntime();\n", names.apiDescriptor());
  }
}
