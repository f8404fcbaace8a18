package dev.eventgen.runtime.jms;

import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import java.util.List;

/**
 * A channel of an API that has a JMS destination. Generated code implements it with an enum of the
 * API's channels ({@code <Api>JmsChannel}); the subscriber, dispatcher and publisher of this
 * package work on any implementation.
 */
public interface JmsChannel {
  /** The channel's address in the spec, or null if the spec has none. */
  String address();

  /** The JMS destination name. */
  String destination();

  /** Whether the destination is a topic or a queue. */
  Kind kind();

  /** Names of the spec messages the channel carries. */
  List<String> messageNames();

  /**
   * This channel's topic or queue, as the session's provider names it.
   *
   * @param session any session of the connection that will use it
   */
  default Destination createDestination(Session session) throws JMSException {
    return kind() == Kind.TOPIC
        ? session.createTopic(destination())
        : session.createQueue(destination());
  }

  /** JMS destination kinds. */
  enum Kind {
    /** Publish/subscribe: every subscription gets every message. */
    TOPIC,

    /** Point-to-point: consumers compete for the messages. */
    QUEUE
  }
}
