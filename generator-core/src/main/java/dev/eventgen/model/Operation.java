package dev.eventgen.model;

import java.util.List;

/**
 * An operation. Actions are normalized to the 3.0 meaning, from the application's point of view:
 * 2.x {@code subscribe} (the application sends) becomes {@link Action#SEND}, {@code publish}
 * becomes {@link Action#RECEIVE}.
 */
public record Operation(
    String name, Action action, String channelName, List<String> messageNames, String summary) {

  public Operation {
    messageNames = List.copyOf(messageNames);
  }

  public enum Action {
    SEND,
    RECEIVE
  }
}
