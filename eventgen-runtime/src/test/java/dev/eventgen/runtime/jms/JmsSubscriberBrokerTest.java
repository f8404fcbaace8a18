package dev.eventgen.runtime.jms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eventgen.runtime.EventContext;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The subscription engine against an embedded Artemis broker. */
class JmsSubscriberBrokerTest {

  private static final Duration BACKOFF = Duration.ofMillis(50);

  private final List<AutoCloseable> open = new CopyOnWriteArrayList<>();
  private EmbeddedArtemis broker;

  @AfterEach
  void closeAll() throws Exception {
    for (int i = open.size() - 1; i >= 0; i--) {
      open.get(i).close();
    }
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  void subscribesEveryChannelAndDeliversTyped() throws Exception {
    broker = EmbeddedArtemis.start();
    Recording recorder = new Recording();
    JmsSubscriber subscriber = start(TestApi.subscriber(broker.coreFactory(), recorder));
    assertEquals(JmsSubscriber.State.CONNECTED, subscriber.state());

    JmsPublisher publisher = publisher(broker.coreFactory());
    publisher.send(
        TestApi.Channel.STARTED,
        "Started",
        new TestApi.Started("started", "1"),
        "/id",
        List.of(JmsPublisher.Property.string("testId", "/id")));
    publisher.send(TestApi.Channel.MIXED, "Ended", new TestApi.Ended("ended", 9), null, List.of());

    await(() -> recorder.calls.size() == 2);
    assertEquals(Set.of("onStarted", "onEnded"), Set.copyOf(recorder.methods()));
    Recording.Call started =
        recorder.calls.stream().filter(c -> c.method().equals("onStarted")).findFirst().get();
    EventContext context = (EventContext) started.second();
    assertEquals("test/started", context.channel());
    assertEquals("1", context.header("testId"));
    assertEquals("1", context.header("JMSCorrelationID"));
    assertEquals(2, subscriber.counts().delivered());
  }

  @Test
  void sharedDurableSubscriptionsShareTheLoadAndKeepMessagesWhileNoneRuns() throws Exception {
    broker = EmbeddedArtemis.start();
    Recording first = new Recording();
    Recording second = new Recording();
    JmsSubscriber one = start(durable(first));
    JmsSubscriber two = start(durable(second));
    JmsPublisher publisher = publisher(broker.coreFactory());
    for (int i = 0; i < 20; i++) {
      publisher.send(
          TestApi.Channel.STARTED,
          "Started",
          new TestApi.Started("started", "s" + i),
          null,
          List.of());
    }
    await(() -> first.calls.size() + second.calls.size() == 20);
    Set<Object> ids = new HashSet<>();
    first.calls.forEach(c -> ids.add(c.first()));
    second.calls.forEach(c -> ids.add(c.first()));
    assertEquals(20, ids.size(), "each message went to one instance");

    one.close();
    two.close();
    publisher.send(
        TestApi.Channel.STARTED,
        "Started",
        new TestApi.Started("started", "late"),
        null,
        List.of());
    Recording later = new Recording();
    start(durable(later));
    await(() -> later.calls.size() == 1);
    assertEquals(new TestApi.Started("started", "late"), later.only().first());
  }

  @Test
  void reconnectsAfterTheBrokerRestarts() throws Exception {
    broker = EmbeddedArtemis.start();
    List<JmsSubscriber.State> states = new CopyOnWriteArrayList<>();
    Recording recorder = new Recording();
    JmsSubscriber subscriber =
        start(
            TestApi.subscriber(broker.coreFactory(), recorder)
                .reconnectBackoff(BACKOFF, Duration.ofMillis(200))
                .stateListener(states::add));

    broker.stopBroker();
    await(() -> states.contains(JmsSubscriber.State.RECONNECTING));
    broker.startBroker();
    await(() -> subscriber.state() == JmsSubscriber.State.CONNECTED);
    assertEquals(JmsSubscriber.State.CONNECTING, states.get(0));
    assertTrue(states.contains(JmsSubscriber.State.DISCONNECTED), states.toString());

    publisher(broker.coreFactory())
        .send(TestApi.Channel.MIXED, "Ended", new TestApi.Ended("ended", 1), null, List.of());
    await(() -> recorder.calls.size() == 1);
    assertEquals("onEnded", recorder.only().method());

    subscriber.close();
    assertEquals(JmsSubscriber.State.CLOSED, states.get(states.size() - 1));
  }

  @Test
  void aMessageIsAcknowledgedOnlyAfterTheListenerReturned(@TempDir Path data) throws Exception {
    broker = EmbeddedArtemis.startPersistent(data);
    CountDownLatch inListener = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    List<EventContext> deliveries = new CopyOnWriteArrayList<>();
    TestApi.Listener listener =
        new TestApi.Listener() {
          @Override
          public void onEnded(TestApi.Ended event, EventContext context) {
            deliveries.add(context);
            inListener.countDown();
            try {
              release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
        };
    start(
        TestApi.subscriber(broker.coreFactory(), listener)
            .channels(TestApi.Channel.MIXED)
            .reconnectBackoff(BACKOFF, Duration.ofMillis(200)));
    publisher(broker.coreFactory())
        .send(TestApi.Channel.MIXED, "Ended", new TestApi.Ended("ended", 5), null, List.of());
    assertTrue(inListener.await(10, TimeUnit.SECONDS));

    // The broker goes away while the listener runs: the message was not acknowledged yet.
    broker.stopBroker();
    release.countDown();
    broker.startBroker();

    await(() -> deliveries.size() == 2);
    assertEquals(deliveries.get(0).bodyText(), deliveries.get(1).bodyText());
  }

  private JmsSubscriber.Builder<JmsSubscriber> durable(Recording recorder) {
    return TestApi.subscriber(broker.coreFactory(), recorder)
        .channels(TestApi.Channel.STARTED)
        .sharedDurableSubscription("shared");
  }

  private JmsSubscriber start(JmsSubscriber.Builder<JmsSubscriber> builder) throws Exception {
    JmsSubscriber subscriber = builder.start();
    open.add(subscriber);
    return subscriber;
  }

  private JmsPublisher publisher(ConnectionFactory factory) throws Exception {
    JmsPublisher publisher =
        new JmsPublisher(
            factory, DeliveryMode.PERSISTENT, TestApi.MAPPER, List.of(TestApi.Channel.values()));
    open.add(publisher);
    return publisher;
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within 20 s");
      }
      Thread.sleep(20);
    }
  }
}
