package dev.eventgen.runtime.jms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eventgen.runtime.EventContext;
import jakarta.jms.DeliveryMode;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Which threads call the listener, against an embedded Artemis: by default each channel has its own
 * session, so two channels are delivered at the same time; {@code orderedDelivery()} puts them on
 * one thread, one message at a time.
 */
class JmsDeliveryThreadsTest {

  private static final int PER_CHANNEL = 15;

  private EmbeddedArtemis broker;

  @BeforeEach
  void start() throws Exception {
    broker = EmbeddedArtemis.start();
  }

  @AfterEach
  void stop() throws Exception {
    broker.close();
  }

  @Test
  void byDefaultChannelsAreDeliveredConcurrentlyEachInOrder() throws Exception {
    SlowListener listener = new SlowListener();
    run(TestApi.subscriber(broker.coreFactory(), listener));
    assertEquals(2, listener.mostAtOnce.get(), "two channels, two sessions at once");
    assertEquals(2, listener.threads.size());
    listener.assertInOrderPerChannel();
  }

  @Test
  void orderedDeliveryUsesOneThreadOneMessageAtATime() throws Exception {
    SlowListener listener = new SlowListener();
    run(TestApi.subscriber(broker.coreFactory(), listener).orderedDelivery());
    assertEquals(1, listener.mostAtOnce.get());
    assertEquals(1, listener.threads.size());
    listener.assertInOrderPerChannel();
  }

  /** Publishes to both channels, alternating, and waits until all arrived. */
  private void run(JmsSubscriber.Builder<JmsSubscriber> builder) throws Exception {
    try (JmsSubscriber subscriber = builder.start();
        JmsPublisher publisher =
            new JmsPublisher(
                broker.coreFactory(),
                DeliveryMode.NON_PERSISTENT,
                TestApi.MAPPER,
                List.of(TestApi.Channel.values()))) {
      for (int i = 0; i < PER_CHANNEL; i++) {
        publisher.send(
            TestApi.Channel.STARTED,
            "Started",
            new TestApi.Started("started", "" + i),
            null,
            List.of());
        publisher.send(
            TestApi.Channel.MIXED, "Ended", new TestApi.Ended("ended", i), null, List.of());
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (subscriber.counts().delivered() < 2 * PER_CHANNEL && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertEquals(2 * PER_CHANNEL, subscriber.counts().delivered());
    }
  }

  /** Takes a while per message, noting its thread, how many calls overlap, and the order. */
  static final class SlowListener implements TestApi.Listener {
    final AtomicInteger inside = new AtomicInteger();
    final AtomicInteger mostAtOnce = new AtomicInteger();
    final Set<String> threads = ConcurrentHashMap.newKeySet();
    final List<String> started = new CopyOnWriteArrayList<>();
    final List<Long> ended = new CopyOnWriteArrayList<>();

    @Override
    public void onStarted(TestApi.Started event, EventContext context) {
      slowly(() -> started.add(event.id()));
    }

    @Override
    public void onEnded(TestApi.Ended event, EventContext context) {
      slowly(() -> ended.add(event.durationSeconds()));
    }

    private void slowly(Runnable note) {
      int now = inside.incrementAndGet();
      mostAtOnce.accumulateAndGet(now, Math::max);
      threads.add(Thread.currentThread().getName());
      note.run();
      try {
        Thread.sleep(15);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      inside.decrementAndGet();
    }

    void assertInOrderPerChannel() {
      for (int i = 0; i < PER_CHANNEL; i++) {
        assertEquals("" + i, started.get(i));
        assertEquals((long) i, ended.get(i));
      }
      assertTrue(threads.stream().noneMatch(String::isEmpty));
    }
  }
}
