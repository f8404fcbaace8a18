package dev.eventgen.simulate;

import dev.eventgen.model.Message;

/** Where simulated events go: a JMS broker, a syslog receiver. */
public interface EventSink extends AutoCloseable {

  /** What it is, for messages: {@code jms tcp://127.0.0.1:61616}. */
  String name();

  /** True if the spec sends this message over this transport. */
  boolean carries(Message message);

  /** Sends one event; an exception is counted as an error by the simulation. */
  void send(Outgoing event) throws Exception;

  @Override
  void close() throws Exception;
}
