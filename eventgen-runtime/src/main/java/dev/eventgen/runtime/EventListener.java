package dev.eventgen.runtime;

/**
 * What every generated listener interface inherits: the three reports of messages that could not be
 * delivered to a typed method. A generated {@code <Api>EventListener} adds one default method per
 * message of its API. Every method has a no-op default: override those you need.
 *
 * <p>Guarantees of the dispatchers (see {@link Dispatch}):
 *
 * <ul>
 *   <li>Every message received is either delivered to exactly one typed method, or reported to
 *       {@link #onMalformed} or {@link #onUnknown}: nothing is dropped silently.
 *   <li>Delivery is at-least-once: after a crash or a lost connection a message may arrive again
 *       ({@link EventContext#redelivered()} tells, where the transport knows). Make processing
 *       idempotent, e.g. keyed on the event id.
 *   <li>Whatever a method throws, {@link Error}s such as {@link AssertionError} included, is
 *       reported to {@link #onListenerFailure} and the message counts as handled; it never stops
 *       the consumer, and the next message follows. Only a {@link VirtualMachineError} (out of
 *       memory, stack overflow) propagates.
 *   <li>Threads: JMS calls the methods on each channel's session thread: one message at a time and
 *       in delivery order within a channel, but different channels at the same time, so
 *       implementations serving several channels must be thread-safe ({@code
 *       JmsSubscriber.Builder#orderedDelivery()} delivers every channel on one thread, in arrival
 *       order). Syslog receivers call them from their one dispatch thread, in arrival order.
 * </ul>
 */
public interface EventListener {
  /**
   * A message of a known kind whose body cannot be read: not well-formed, too large, or violating
   * the spec (wrong type, missing required field, unknown enum value, const mismatch), or that
   * lacks a header (JMS property) its headers schema requires ({@link
   * Problem.Kind#MISSING_HEADER}).
   *
   * @param context where and how it arrived; {@code context.body()} holds the raw bytes
   * @param problem what is wrong, and where
   */
  default void onMalformed(EventContext context, Problem problem) {}

  /**
   * A message that maps to no message of the API (unknown destination, type or discriminator value,
   * also on a channel carrying one message), e.g. from a newer producer.
   *
   * @param context where and how it arrived; {@code context.body()} holds the raw bytes
   * @param problem why it could not be mapped
   */
  default void onUnknown(EventContext context, Problem problem) {}

  /**
   * A typed method, {@link #onMalformed} or {@link #onUnknown} threw. The message counts as handled
   * and is not redelivered; what is thrown here is logged and dropped.
   *
   * @param context the message the method was called for
   * @param failure what it threw: an exception, or an error such as {@link AssertionError}
   */
  default void onListenerFailure(EventContext context, Throwable failure) {}
}
