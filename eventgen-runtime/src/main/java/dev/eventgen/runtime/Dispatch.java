package dev.eventgen.runtime;

import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiConsumer;

/**
 * The dispatch core every transport shares: decode, validate, call the listener, and report
 * whatever went wrong to {@link EventListener#onMalformed}, {@link EventListener#onUnknown} or
 * {@link EventListener#onListenerFailure}. Nothing a listener throws escapes (only a {@link
 * VirtualMachineError} propagates), so the transport's thread never dies, and every message is
 * counted exactly once as delivered, malformed or unknown (see {@link #counts()}).
 *
 * <p>Thread-safe: one instance may serve several consumer threads.
 */
public final class Dispatch {
  private static final System.Logger LOG = System.getLogger(Dispatch.class.getName());

  private final EventListener listener;

  private final LongAdder delivered = new LongAdder();

  private final LongAdder malformed = new LongAdder();

  private final LongAdder unknown = new LongAdder();

  private final LongAdder listenerFailures = new LongAdder();

  /**
   * A core reporting to {@code listener}.
   *
   * @param listener receives the problems; the typed methods are passed to {@link #deliver}
   */
  public Dispatch(EventListener listener) {
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  /**
   * Decodes and validates the body with {@code decoder}, then hands the event to {@code target}; a
   * body that does not decode goes to {@code onMalformed}.
   *
   * @param context the message, with its raw body
   * @param decoder reads (and validates) the body; a decoder returning null is malformed too
   * @param target the listener's typed method
   * @param <T> the event type
   */
  public <T> void decode(
      EventContext context,
      Decoder<? extends T> decoder,
      BiConsumer<? super T, EventContext> target) {
    T event;
    try {
      event = decoder.decode(context.body());
    } catch (DecodeException e) {
      malformed(context, e.problem());
      return;
    }
    if (event == null) {
      malformed(context, Problem.of(Problem.Kind.SYNTAX, "the body decodes to nothing (null)"));
      return;
    }
    deliver(context, event, target);
  }

  /**
   * Hands a decoded, valid event to the listener's typed method.
   *
   * @param context the message the event was read from
   * @param event the event
   * @param target the listener's typed method
   * @param <T> the event type
   */
  public <T> void deliver(
      EventContext context, T event, BiConsumer<? super T, EventContext> target) {
    delivered.increment();
    guarded(context, () -> target.accept(event, context));
  }

  /**
   * Reports a message of a known kind whose body cannot be read.
   *
   * @param context the message
   * @param problem what is wrong with it
   */
  public void malformed(EventContext context, Problem problem) {
    malformed.increment();
    guarded(context, () -> listener.onMalformed(context, problem));
  }

  /**
   * Reports a message that maps to no message of the API.
   *
   * @param context the message
   * @param problem why it could not be mapped
   */
  public void unknown(EventContext context, Problem problem) {
    unknown.increment();
    guarded(context, () -> listener.onUnknown(context, problem));
  }

  /** What this core has done so far. */
  public Counts counts() {
    return new Counts(delivered.sum(), malformed.sum(), unknown.sum(), listenerFailures.sum());
  }

  /**
   * Runs a listener call; what it throws goes to {@code onListenerFailure}, except a {@link
   * VirtualMachineError}, after which nothing can be trusted to work.
   */
  private void guarded(EventContext context, Runnable call) {
    try {
      call.run();
    } catch (VirtualMachineError fatal) {
      throw fatal;
    } catch (Throwable failure) {
      listenerFailed(context, failure);
    }
  }

  /** Reports a listener's failure; one thrown while reporting is logged and dropped. */
  private void listenerFailed(EventContext context, Throwable failure) {
    listenerFailures.increment();
    try {
      listener.onListenerFailure(context, failure);
    } catch (VirtualMachineError fatal) {
      throw fatal;
    } catch (Throwable e) {
      e.addSuppressed(failure);
      LOG.log(System.Logger.Level.WARNING, "onListenerFailure threw; dropped: " + context, e);
    }
  }

  /**
   * Reads a body into an event, checking it against the spec.
   *
   * @param <T> the event type
   */
  @FunctionalInterface
  public interface Decoder<T> {
    /**
     * The event the body holds.
     *
     * @param body the raw bytes
     * @return the event
     * @throws DecodeException saying what is wrong, and where
     */
    T decode(byte[] body) throws DecodeException;
  }

  /** A body that does not decode, with the {@link Problem} that says why. */
  public static final class DecodeException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The problem; not serialized. */
    private final transient Problem problem;

    /**
     * A failure reporting {@code problem}.
     *
     * @param problem what is wrong, and where
     */
    public DecodeException(Problem problem) {
      super(problem.toString(), null, false, false);
      this.problem = problem;
    }

    /** What is wrong, and where. */
    public Problem problem() {
      return problem;
    }
  }

  /**
   * A snapshot of what a dispatcher did. Every message received is counted once as delivered,
   * malformed or unknown; listener failures are counted on top.
   *
   * @param delivered messages handed to a typed listener method
   * @param malformed messages reported to {@code onMalformed}
   * @param unknown messages reported to {@code onUnknown}
   * @param listenerFailures failures thrown by listener methods
   */
  public record Counts(long delivered, long malformed, long unknown, long listenerFailures) {
    /** All messages received: delivered, malformed or unknown. */
    public long received() {
      return delivered + malformed + unknown;
    }
  }
}
