package dev.eventgen.runtime.jms;

import dev.eventgen.runtime.Dispatch;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The JMS subscription engine: subscribes the channels of an API on any {@code ConnectionFactory}
 * and hands every message to a {@link JmsDispatcher}. Generated code names it after the API ({@code
 * <Api>JmsSubscriber}, a subclass adding nothing but factories).
 *
 * <p>Every channel is subscribed unless {@link Builder#channels} names a subset: topics with
 * non-durable subscriptions, or shared durable ones ({@link Builder#sharedDurableSubscription}) so
 * messages wait while no instance runs and several instances share the load; queues with plain
 * consumers, which share anyway.
 *
 * <p>Threads: by default each channel gets its own session, and the provider calls the listener on
 * each session's delivery thread, one message at a time per session. So within a channel messages
 * reach the listener one after the other, in the order the provider delivers them (the order they
 * were published, for one publisher; shared subscriptions split that order between instances), but
 * messages of different channels may reach it at the same time, from different threads: a listener
 * serving several channels must be thread-safe. {@link Builder#orderedDelivery()} puts every
 * channel on one session instead: one thread calls the listener, one message at a time, in the
 * order the provider delivers them across all channels (at the cost of parallelism).
 *
 * <p>A message is acknowledged only after the listener returned (or its failure was reported):
 * delivery is at-least-once, and a message may arrive twice after a failure. {@link
 * Builder#acknowledgement} chooses between acknowledging each message (the default) and lazily in
 * batches.
 *
 * <p>When the connection breaks (the provider's {@code ExceptionListener} fires) the subscriber
 * reconnects on its own, with exponential backoff, reporting every {@link State} change. {@link
 * #close()} is idempotent and stops every thread it started; do not call it from a listener method.
 */
public class JmsSubscriber implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(JmsSubscriber.class.getName());

  private final ConnectionFactory factory;

  private final List<JmsChannel> channels;

  private final String clientId;

  private final String subscriptionName;

  private final Acknowledgement acknowledgement;

  private final boolean ordered;

  private final Duration minBackoff;

  private final Duration maxBackoff;

  private final Consumer<State> stateListener;

  private final JmsDispatcher dispatcher;

  private final ScheduledThreadPoolExecutor reconnector;

  private final Object lock = new Object();

  /** The live connection, or null; guarded by {@code lock}. */
  private Connection connection;

  /** Guarded by {@code lock}. */
  private boolean closed;

  private volatile Thread reconnectThread;

  private volatile State state;

  /**
   * A subscriber with the builder's options; {@link Builder#start()} connects it.
   *
   * @param builder the options
   */
  protected JmsSubscriber(Builder<?> builder) {
    this.factory = builder.factory;
    this.channels = List.copyOf(builder.channels);
    this.clientId = builder.clientId;
    this.subscriptionName = builder.subscriptionName;
    this.acknowledgement = builder.acknowledgement;
    this.ordered = builder.ordered;
    this.minBackoff = builder.minBackoff;
    this.maxBackoff = builder.maxBackoff;
    this.stateListener = builder.stateListener;
    this.dispatcher =
        Objects.requireNonNull(builder.dispatchers.apply(builder.options), "dispatcher");
    this.reconnector = new ScheduledThreadPoolExecutor(1, this::newReconnectThread);
    reconnector.setRemoveOnCancelPolicy(true);
  }

  /**
   * Options first, then {@link Builder#start()}, for a plain {@code JmsSubscriber}.
   *
   * @param factory the provider's connection factory
   * @param channels every channel of the API, subscribed unless {@link Builder#channels} says
   *     otherwise
   * @param dispatchers makes the dispatcher, given its options (body size limit, header checks)
   */
  public static Builder<JmsSubscriber> builder(
      ConnectionFactory factory,
      List<? extends JmsChannel> channels,
      Function<JmsDispatcher.Options, ? extends JmsDispatcher> dispatchers) {
    return new Builder<>(factory, channels, dispatchers, JmsSubscriber::new);
  }

  /** The current state. */
  public State state() {
    return state;
  }

  /** What the dispatcher has done so far, over all connections. */
  public Dispatch.Counts counts() {
    return dispatcher.counts();
  }

  private void start() throws JMSException {
    changeState(State.CONNECTING);
    try {
      connect();
    } catch (JMSException | RuntimeException e) {
      close();
      throw e;
    }
  }

  /** Opens a connection, subscribes every channel, then starts delivery. */
  private void connect() throws JMSException {
    Connection fresh = factory.createConnection();
    try {
      if (clientId != null) {
        fresh.setClientID(clientId);
      }
      fresh.setExceptionListener(failure -> connectionLost(fresh, failure));
      Session shared = ordered ? fresh.createSession(acknowledgement.sessionMode()) : null;
      for (JmsChannel channel : channels) {
        Session session =
            shared != null ? shared : fresh.createSession(acknowledgement.sessionMode());
        subscribe(session, channel);
      }
      synchronized (lock) {
        if (closed) {
          fresh.close();
          return;
        }
        connection = fresh;
      }
      fresh.start();
    } catch (JMSException | RuntimeException e) {
      closeQuietly(fresh);
      throw e;
    }
    changeState(State.CONNECTED);
  }

  /**
   * A consumer of the channel on the session (its own, or the one all share for ordered delivery);
   * the dispatcher never throws, so the session acknowledges a message only after the listener
   * returned.
   */
  private void subscribe(Session session, JmsChannel channel) throws JMSException {
    Destination destination = channel.createDestination(session);
    MessageConsumer consumer;
    if (subscriptionName != null && destination instanceof Topic topic) {
      String name = subscriptionName + '.' + channel.destination();
      consumer = session.createSharedDurableConsumer(topic, name);
    } else {
      consumer = session.createConsumer(destination);
    }
    consumer.setMessageListener(dispatcher);
  }

  /** Called by the provider when the connection broke. */
  private void connectionLost(Connection lost, JMSException failure) {
    synchronized (lock) {
      if (closed || connection != lost) {
        return;
      }
      connection = null;
    }
    LOG.log(System.Logger.Level.WARNING, "JMS connection lost, reconnecting: " + failure);
    changeState(State.DISCONNECTED);
    try {
      reconnector.execute(() -> closeQuietly(lost));
    } catch (RejectedExecutionException e) {
      return;
    }
    reconnectAfter(minBackoff);
  }

  private void reconnect(Duration delay) {
    synchronized (lock) {
      if (closed) {
        return;
      }
    }
    changeState(State.RECONNECTING);
    try {
      connect();
    } catch (JMSException | RuntimeException e) {
      Duration next = delay.multipliedBy(2);
      next = next.compareTo(maxBackoff) > 0 ? maxBackoff : next;
      LOG.log(System.Logger.Level.DEBUG, "reconnect failed, next attempt in " + next + ": " + e);
      reconnectAfter(next);
    }
  }

  private void reconnectAfter(Duration delay) {
    try {
      reconnector.schedule(() -> reconnect(delay), delay.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      // closed meanwhile: nothing to reconnect
    }
  }

  private static void closeQuietly(Connection connection) {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (JMSException | RuntimeException e) {
      LOG.log(System.Logger.Level.DEBUG, "closing a JMS connection failed: " + e);
    }
  }

  /**
   * Stops reconnecting, closes the connection (waiting for a message in delivery) and reports
   * {@code CLOSED}. Does nothing the second time.
   */
  @Override
  public void close() {
    Connection current;
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      current = connection;
      connection = null;
    }
    reconnector.shutdownNow();
    closeQuietly(current);
    awaitReconnector();
    state = State.CLOSED;
    notifyState(State.CLOSED);
  }

  /** Waits for a reconnect attempt in progress, unless called from within it. */
  private void awaitReconnector() {
    if (Thread.currentThread() == reconnectThread) {
      return;
    }
    try {
      if (!reconnector.awaitTermination(10, TimeUnit.SECONDS)) {
        LOG.log(System.Logger.Level.WARNING, "reconnect thread did not stop");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Records and reports a state change, unless closed already. */
  private void changeState(State next) {
    synchronized (lock) {
      if (closed) {
        return;
      }
      state = next;
    }
    notifyState(next);
  }

  private void notifyState(State next) {
    try {
      stateListener.accept(next);
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "state listener failed on " + next, e);
    }
  }

  /** The one thread that reconnects; a daemon, so it never holds the JVM up. */
  private Thread newReconnectThread(Runnable task) {
    Thread thread = new Thread(task, getClass().getSimpleName() + "-reconnect");
    thread.setDaemon(true);
    reconnectThread = thread;
    return thread;
  }

  /** The life cycle of a subscriber. */
  public enum State {
    /** Connecting for the first time. */
    CONNECTING,

    /** Connected and subscribed; messages flow. */
    CONNECTED,

    /** The connection was lost; a reconnect follows. */
    DISCONNECTED,

    /** About to try to reconnect; reported before every attempt. */
    RECONNECTING,

    /** Closed for good; reported once, last. */
    CLOSED
  }

  /**
   * When the subscriber acknowledges a message: always after the listener returned, so a message is
   * never lost, only possibly delivered again (at-least-once).
   */
  public enum Acknowledgement {
    /**
     * Each message, as soon as the listener returned (JMS {@code AUTO_ACKNOWLEDGE}): only a message
     * whose listener was running, or whose acknowledgement had not yet reached the broker, when the
     * subscriber died or lost its connection comes again. The default.
     */
    EACH(Session.AUTO_ACKNOWLEDGE),

    /**
     * In batches the provider chooses, each after the listener returned for all its messages (JMS
     * {@code DUPS_OK_ACKNOWLEDGE}): cheaper, but after a crash or a lost connection the messages of
     * a batch not yet acknowledged come again, so listeners must tolerate more duplicates.
     */
    LAZY(Session.DUPS_OK_ACKNOWLEDGE);

    private final int sessionMode;

    Acknowledgement(int sessionMode) {
      this.sessionMode = sessionMode;
    }

    /** The JMS session mode. */
    public int sessionMode() {
      return sessionMode;
    }
  }

  /**
   * Options of a subscriber; {@link #start()} connects it.
   *
   * @param <S> the subscriber class it makes
   */
  public static final class Builder<S extends JmsSubscriber> {
    final ConnectionFactory factory;

    final List<JmsChannel> all;

    final Set<JmsChannel> channels;

    final Function<JmsDispatcher.Options, ? extends JmsDispatcher> dispatchers;

    final Function<Builder<S>, S> constructor;

    String clientId;

    String subscriptionName;

    Duration minBackoff = Duration.ofMillis(100);

    Duration maxBackoff = Duration.ofSeconds(30);

    Consumer<State> stateListener = state -> {};

    Acknowledgement acknowledgement = Acknowledgement.EACH;

    JmsDispatcher.Options options = JmsDispatcher.Options.DEFAULT;
    boolean ordered;

    /**
     * Options of a subscriber made by {@code constructor}, which passes the builder on to {@link
     * JmsSubscriber#JmsSubscriber(Builder)}.
     *
     * @param factory the provider's connection factory
     * @param channels every channel of the API, subscribed unless {@link #channels} says otherwise
     * @param dispatchers makes the dispatcher, given its options (body size limit, header checks)
     * @param constructor makes the subscriber
     */
    public Builder(
        ConnectionFactory factory,
        List<? extends JmsChannel> channels,
        Function<JmsDispatcher.Options, ? extends JmsDispatcher> dispatchers,
        Function<Builder<S>, S> constructor) {
      this.factory = Objects.requireNonNull(factory, "factory");
      this.all = List.copyOf(channels);
      this.channels = new LinkedHashSet<>(all);
      this.dispatchers = Objects.requireNonNull(dispatchers, "dispatchers");
      this.constructor = Objects.requireNonNull(constructor, "constructor");
    }

    /** Subscribe only these channels; all by default. */
    public Builder<S> channels(JmsChannel... channels) {
      if (channels.length == 0) {
        throw new IllegalArgumentException("no channel given");
      }
      List<JmsChannel> chosen = new ArrayList<>();
      for (JmsChannel channel : channels) {
        if (!all.contains(channel)) {
          throw new IllegalArgumentException("not a channel of this API: " + channel);
        }
        chosen.add(channel);
      }
      this.channels.clear();
      this.channels.addAll(chosen);
      return this;
    }

    /**
     * The JMS client id of the connection; unset by default. Leave it unset when several instances
     * share a subscription: a client id is unique per connection.
     */
    public Builder<S> clientId(String clientId) {
      this.clientId = Objects.requireNonNull(clientId, "clientId");
      return this;
    }

    /**
     * Subscribe topics through shared durable subscriptions named {@code <name>.<destination>}:
     * messages published while no instance is connected wait for it, and instances using the same
     * name share the messages between them, each going to one. Queues are always shared. Unset by
     * default: non-durable topic subscriptions.
     */
    public Builder<S> sharedDurableSubscription(String name) {
      this.subscriptionName = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Wait {@code min} before the first reconnect attempt, doubling up to {@code max} between later
     * ones; 100 ms and 30 s by default.
     */
    public Builder<S> reconnectBackoff(Duration min, Duration max) {
      if (min.isNegative() || min.isZero() || max.compareTo(min) < 0) {
        throw new IllegalArgumentException("need 0 < min <= max, got " + min + ", " + max);
      }
      this.minBackoff = min;
      this.maxBackoff = max;
      return this;
    }

    /** Told of every state change, on the thread that caused it; must not block. */
    public Builder<S> stateListener(Consumer<State> stateListener) {
      this.stateListener = Objects.requireNonNull(stateListener, "stateListener");
      return this;
    }

    /**
     * When messages are acknowledged, always after the listener returned; {@link
     * Acknowledgement#EACH} by default.
     */
    public Builder<S> acknowledgement(Acknowledgement acknowledgement) {
      this.acknowledgement = Objects.requireNonNull(acknowledgement, "acknowledgement");
      return this;
    }

    /** Larger bodies are reported as {@code TOO_LARGE}; 1 MiB by default. */
    public Builder<S> maxBodyBytes(int maxBodyBytes) {
      if (maxBodyBytes <= 0) {
        throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
      }
      this.options = options.maxBodyBytes(maxBodyBytes);
      return this;
    }

    /**
     * Whether a message lacking a JMS property its headers schema requires is refused: true by
     * default, reporting it to {@code onMalformed} as {@code MISSING_HEADER}; false reads it anyway
     * (for producers that do not set every property the spec requires).
     */
    public Builder<S> requireHeaders(boolean requireHeaders) {
      this.options = options.requireHeaders(requireHeaders);
      return this;
    }

    /**
     * Delivers every channel on one JMS session, so one thread calls the listener, one message at a
     * time, in the order the provider delivers them across channels. Off by default: each channel
     * has its own session and thread, and only messages of one channel are delivered in order.
     */
    public Builder<S> orderedDelivery() {
      this.ordered = true;
      return this;
    }

    /**
     * Connects and subscribes; from then on the subscriber reconnects by itself.
     *
     * @throws JMSException if the first connection fails; nothing is left running
     */
    public S start() throws JMSException {
      S subscriber = constructor.apply(this);
      ((JmsSubscriber) subscriber).start();
      return subscriber;
    }
  }
}
