package dev.eventgen.model;

import java.util.List;

/**
 * An operation. Actions are normalized to the 3.0 meaning, from the application's point of view:
 * 2.x {@code subscribe} (the application sends) becomes {@link Action#SEND}, {@code publish}
 * becomes {@link Action#RECEIVE}.
 *
 * @param reply the 3.0 {@code reply}, or null
 */
public record Operation(
    String name,
    Action action,
    String channelName,
    List<String> messageNames,
    String summary,
    Reply reply) {

  public Operation {
    messageNames = List.copyOf(messageNames);
  }

  public enum Action {
    SEND,
    RECEIVE
  }

  /**
   * The reply an operation expects or sends (3.0).
   *
   * @param channelName the reply channel, or null if the reply's address is dynamic
   * @param addressLocation runtime expression of a dynamic reply address ({@code
   *     $message.header#/replyTo}), or null
   * @param messageNames the reply messages, sorted; empty means all the channel carries
   */
  public record Reply(String channelName, String addressLocation, List<String> messageNames) {

    public Reply {
      messageNames = List.copyOf(messageNames);
    }
  }
}
