package dev.eventgen.bench.jms;

import com.acme.cvp.CvpEventListener;
import com.acme.cvp.jms.CvpJmsSubscriber;
import dev.eventgen.runtime.jms.JmsSubscriber.Acknowledgement;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * End-to-end throughput through an embedded Artemis broker (non-persistent, 127.0.0.1): N CVP
 * events, cycling over distinct messages of the 10 kinds, published and received by one JVM;
 * events/s is N over the time from the first send to the last delivery. Senders and receivers are
 * measured in turn on the same broker, so their ratios can be compared within one run on a noisy
 * machine:
 *
 * <ul>
 *   <li>senders: the generated {@code CvpJmsPublisher}, or a hand-written producer writing each
 *       record with Jackson ({@link RawSender});
 *   <li>receivers: the generated {@code CvpJmsSubscriber} (default acknowledgement), or a
 *       hand-written Jackson listener per channel ({@link RawJacksonReceiver}).
 * </ul>
 *
 * <p>Usage: {@code BrokerThroughput [events] [seconds per scenario] [Artemis URL parameters]};
 * each scenario stops at its time limit and reports what arrived by then.
 */
public final class BrokerThroughput {

  private final EmbeddedBroker broker;
  /** Rounds of the compared pairs. */
  private static final int ROUNDS = 2;

  /** Distinct messages sent in turn. */
  private static final int DISTINCT = 2000;

  private final List<CvpSample> samples = CvpSample.variants(DISTINCT);
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
    System.out.printf("# %d events per scenario over %d distinct messages (all 10 kinds), limit %s,"
        + " URL parameters '%s'%n", events, samples.size(), limit, parameters);
    run("warm-up (generated -> generated)", Sender.GENERATED, Receiver.GENERATED, events / 4);
    run("warm-up (raw -> raw Jackson listener)", Sender.RAW, Receiver.RAW_JACKSON, events / 4);
    // Each pair twice, in turn, so a change of the machine's load shows in both sides.
    double[] subscriber = new double[ROUNDS];
    double[] publisher = new double[ROUNDS];
    for (int round = 0; round < ROUNDS; round++) {
      double raw = run("raw producer -> raw Jackson listener", Sender.RAW, Receiver.RAW_JACKSON,
          events);
      double generated = run("raw producer -> generated subscriber", Sender.RAW,
          Receiver.GENERATED, events);
      double rawOnly = run("raw producer only (no consumer)", Sender.RAW, null, events);
      double generatedOnly = run("generated publisher only (no consumer)", Sender.GENERATED, null,
          events);
      subscriber[round] = generated / raw;
      publisher[round] = generatedOnly / rawOnly;
    }
    run("generated publisher -> generated subscriber", Sender.GENERATED, Receiver.GENERATED,
        events);
    System.out.printf("ratio generated subscriber / raw Jackson listener: %s%n",
        ratios(subscriber));
    System.out.printf("ratio generated publisher / raw producer: %s%n", ratios(publisher));
  }

  private static String ratios(double[] ratios) {
    StringBuilder text = new StringBuilder();
    for (double ratio : ratios) {
      text.append(String.format(" %.3f", ratio));
    }
    return text.toString().trim() + " (per round)";
  }

  /** Runs one scenario; returns its events/s. */
  private double run(String name, Sender sender, Receiver receiver, int count) throws Exception {
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
      return received / ((end - start) / 1e9);
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

    /** A hand-written listener reading each message with Jackson. */
    Receiver RAW_JACKSON = (factory, listener) -> RawJacksonReceiver.open(factory);
  }
}
