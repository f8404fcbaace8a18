package dev.eventgen.model;

import java.util.List;

/**
 * A channel: where messages travel.
 *
 * @param name the channel's key ({@code callStarted}); in 2.x documents, the address
 * @param address the address ({@code cvp/calls/started}); null if the spec leaves it open
 * @param serverNames servers the channel is available on; empty means all
 * @param messageNames names of the {@link Message}s it carries, sorted
 * @param jms the JMS channel binding, or null
 */
public record Channel(
    String name,
    String address,
    String title,
    String description,
    List<String> serverNames,
    List<String> messageNames,
    JmsDestination jms) {

  public Channel {
    serverNames = List.copyOf(serverNames);
    messageNames = List.copyOf(messageNames);
  }
}
