package dev.eventgen.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A channel: where messages travel.
 *
 * @param name the channel's key ({@code callStarted}); in 2.x documents, the address
 * @param address the address ({@code cvp/calls/started}); null if the spec leaves it open
 * @param serverNames servers the channel is available on; empty means all
 * @param messageNames names of the {@link Message}s it carries, sorted
 * @param jms the JMS channel binding, or null
 * @param parameters the address parameters, in spec order
 * @param bindings every channel binding, JMS included, as compact JSON by protocol (sorted): kept
 *     for targets that use them, ignored by those that do not
 */
public record Channel(
    String name,
    String address,
    String title,
    String description,
    List<String> serverNames,
    List<String> messageNames,
    JmsDestination jms,
    List<ChannelParameter> parameters,
    Map<String, String> bindings) {

  public Channel {
    serverNames = List.copyOf(serverNames);
    messageNames = List.copyOf(messageNames);
    parameters = List.copyOf(parameters);
    bindings = Collections.unmodifiableSortedMap(new TreeMap<>(bindings));
  }
}
