package dev.eventgen.bench.jms;

import com.acme.cvp.CvpEventListener;
import com.acme.cvp.jms.CvpJmsChannel;
import com.acme.cvp.jms.CvpJmsDispatcher;
import com.acme.cvp.jms.CvpJmsSubscriber;
import dev.eventgen.runtime.jms.JmsSubscriber.Acknowledgement;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * End-to-end throughput through an embedded Artemis broker (non-persistent, 127.0.0.1): N CVP
 * events, cycling over the 10 message kinds, published and received by one JVM; events/s is N
 * over the time from the first send to the last delivery to the listener. Several senders and
 * receivers are measured on the same broker, so their ratios can be compared within one run on a
 * noisy machine:
 *
 * <ul>
 *   <li>senders: the generated {@code CvpJmsPublisher}, or a raw producer sending pre-serialized
 *       bodies with the same headers ({@link RawSender});
 *   <li>receivers: the generated {@code CvpJmsSubscriber}, or raw consumers (one session per
 *       channel, like the subscriber) handing every message to the generated dispatcher under a
 *       chosen acknowledgement mode ({@link RawReceiver}).
 * </ul>
 *
 * <p>Usage: {@code BrokerThroughput [events] [seconds per scenario] [Artemis URL parameters]};
 * each scenario stops at its time limit and reports what arrived by then.
 */
public final class BrokerThroughput {

  private final EmbeddedBroker broker;
  private final List<CvpSample> samples = CvpSample.all();
  private final int events;
  private final Duration limit;
  private final String parameters;

  private BrokerThroughput(EmbeddedBroker broker, int events, Duration limit, String parameters) {
    this.broker = broker;
    this.events = events;
    this.limit = limit;
    this.parameters = parameters;
  }

  public static void main(String[] args) throws Exception {
    int events = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    Duration limit = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 60);
    String parameters = args.length > 2 ? args[2] : "";
    try (EmbeddedBroker broker = EmbeddedBroker.start()) {
      new BrokerThroughput(broker, events, limit, parameters).runAll();
    }
    System.exit(0); // the broker's pools may keep non-daemon threads alive
  }

  private void runAll() throws Exception {
    System.out.printf("# %d events per scenario, limit %s, URL parameters '%s'%n",
        events, limit, parameters);
    run("warm-up (generated -> generated)", Sender.GENERATED, Receiver.GENERATED, events / 4);
    run("generated publisher -> generated subscriber", Sender.GENERATED, Receiver.GENERATED,
        events);
    run("raw producer -> generated subscriber", Sender.RAW, Receiver.GENERATED, events);
    run("raw producer -> generated subscriber, Acknowledgement.LAZY", Sender.RAW,
        Receiver.generated(Acknowledgement.LAZY), events);
    run("raw producer -> raw CLIENT_ACKNOWLEDGE consumers + dispatcher", Sender.RAW,
        Receiver.raw(Session.CLIENT_ACKNOWLEDGE), events);
    run("raw producer -> raw AUTO_ACKNOWLEDGE consumers + dispatcher", Sender.RAW,
        Receiver.raw(Session.AUTO_ACKNOWLEDGE), events);
    run("raw producer -> raw DUPS_OK_ACKNOWLEDGE consumers + dispatcher", Sender.RAW,
        Receiver.raw(Session.DUPS_OK_ACKNOWLEDGE), events);
    run("generated publisher only (no consumer)", Sender.GENERATED, null, events);
    run("raw producer only (no consumer)", Sender.RAW, null, events);
  }

  private void run(String name, Sender sender, Receiver receiver, int count) throws Exception {
    ConnectionFactory factory = broker.factory(parameters);
    CvpEventListener ignore = new CvpEventListener() { };
    try (Receiving receiving = receiver == null ? Receiving.NONE
            : receiver.open(factory, ignore);
        Sending sending = sender.open(factory, samples)) {
      long start = System.nanoTime();
      long deadline = start + limit.toNanos();
      int sent = 0;
      while (sent < count && System.nanoTime() < deadline) {
        sending.send(sent++);
      }
      long sentAt = System.nanoTime();
      long received =
          receiver == null ? sent : awaitReceived(receiving.delivered(), sent, deadline);
      long end = receiver == null ? sentAt : System.nanoTime();
      report(name, sent, received, sentAt - start, end - start);
    }
  }

  private static long awaitReceived(LongSupplier delivered, long expected, long deadline)
      throws InterruptedException {
    long received;
    while ((received = delivered.getAsLong()) < expected && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    return received;
  }

  private static void report(String name, int sent, long received, long sendNanos, long nanos) {
    System.out.printf("%-66s sent %7d (%8.0f/s)  received %7d in %6.2f s  %8.0f events/s%n",
        name, sent, sent / (sendNanos / 1e9), received, nanos / 1e9, received / (nanos / 1e9));
  }

  /** Sends event number {@code i}. */
  interface Sending extends AutoCloseable {
    void send(int i) throws JMSException;

    @Override
    void close() throws JMSException;
  }

  /** Counts events handed to the listener. */
  interface Receiving extends AutoCloseable {
    Receiving NONE = of(() -> 0, () -> { });

    LongSupplier delivered();

    @Override
    void close() throws JMSException;

    static Receiving of(LongSupplier delivered, JmsCloseable closer) {
      return new Receiving() {
        @Override
        public LongSupplier delivered() {
          return delivered;
        }

        @Override
        public void close() throws JMSException {
          closer.close();
        }
      };
    }
  }

  /** A close that may throw a JMS exception. */
  interface JmsCloseable {
    void close() throws JMSException;
  }

  /** How events are published. */
  enum Sender {
    GENERATED {
      @Override
      Sending open(ConnectionFactory factory, List<CvpSample> samples) throws JMSException {
        return GeneratedSender.open(factory, samples);
      }
    },
    RAW {
      @Override
      Sending open(ConnectionFactory factory, List<CvpSample> samples) throws JMSException {
        return RawSender.open(factory, samples);
      }
    };

    abstract Sending open(ConnectionFactory factory, List<CvpSample> samples)
        throws JMSException;
  }

  /** How events are received. */
  interface Receiver {
    Receiver GENERATED = generated(Acknowledgement.EACH);

    Receiving open(ConnectionFactory factory, CvpEventListener listener) throws JMSException;

    /** The generated subscriber on every channel. */
    static Receiver generated(Acknowledgement acknowledgement) {
      return (factory, listener) -> {
        CvpJmsSubscriber subscriber =
            CvpJmsSubscriber.builder(factory, listener).acknowledgement(acknowledgement).start();
        return Receiving.of(() -> subscriber.counts().delivered(), subscriber::close);
      };
    }

    /** One session per channel in {@code acknowledgeMode}, each message to the dispatcher. */
    static Receiver raw(int acknowledgeMode) {
      return (factory, listener) -> {
        CvpJmsDispatcher dispatcher = new CvpJmsDispatcher(listener);
        Connection connection = factory.createConnection();
        for (CvpJmsChannel channel : CvpJmsChannel.values()) {
          Session session = connection.createSession(acknowledgeMode);
          MessageConsumer consumer = session.createConsumer(channel.createDestination(session));
          consumer.setMessageListener(acknowledgeMode == Session.CLIENT_ACKNOWLEDGE
              ? message -> RawReceiver.deliverAndAcknowledge(dispatcher, message)
              : dispatcher);
        }
        connection.start();
        return Receiving.of(() -> dispatcher.counts().delivered(), connection::close);
      };
    }
  }
}
