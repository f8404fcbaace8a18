package dev.eventgen.it.jms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.cvp.jms.CvpJmsChannel;
import com.acme.cvp.jms.CvpJmsPublisher;
import com.acme.cvp.jms.CvpJmsSubscriber;
import com.acme.cvp.model.CvpEvent;
import dev.eventgen.it.Await;
import dev.eventgen.it.RecordingListener;
import dev.eventgen.runtime.jms.ArtemisFailoverPair;
import dev.eventgen.runtime.jms.JmsSubscriber.State;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated subscriber and publisher on a live/backup pair of brokers sharing one journal,
 * through a failover URL: the live broker dies in the middle of the stream, the backup takes over,
 * and every event published arrives.
 */
class JmsFailoverIT {

  static final int EVENTS = 3_000;

  static final Duration DEADLINE = Duration.ofSeconds(40);

  @TempDir Path store;
  ArtemisFailoverPair pair;
  CvpJmsSubscriber subscriber;

  @AfterEach
  void stop() throws Exception {
    if (subscriber != null) {
      subscriber.close();
    }
    if (pair != null) {
      pair.close();
    }
  }

  @Test
  void theBackupTakesOverAndEveryEventArrives() throws Exception {
    pair = ArtemisFailoverPair.start(store);
    RecordingListener listener = new RecordingListener();
    List<State> states = new CopyOnWriteArrayList<>();
    // Each acknowledgement is confirmed before the listener gets the next event, so the broker's
    // death can repeat at most the event each session's listener is handling.
    ConnectionFactory factory =
        new ActiveMQConnectionFactory(pair.failoverUrl() + "&blockOnAcknowledge=true");
    subscriber =
        CvpJmsSubscriber.builder(factory, listener)
            .sharedDurableSubscription("it-failover")
            .stateListener(states::add)
            .start();

    List<CvpEvent> events = EventStream.events(EVENTS);
    AtomicInteger published = new AtomicInteger();
    AtomicInteger resent = new AtomicInteger();
    long start = System.nanoTime();
    CompletableFuture<Void> publishing =
        CompletableFuture.runAsync(() -> publishAll(events, published, resent));
    Await.until(
        DEADLINE,
        "a third of the stream delivered",
        () -> listener.deliveries.size() >= EVENTS / 3,
        () -> listener.deliveries.size());
    int publishedBeforeKill = published.get();
    int deliveredBeforeKill = listener.deliveries.size();
    pair.killPrimary();
    long killedAt = System.nanoTime();
    assertTrue(pair.awaitBackupLive(Duration.ofSeconds(20)), "the backup took over");
    long takeOverMillis = (System.nanoTime() - killedAt) / 1_000_000;
    assertFalse(pair.primaryLive());
    publishing.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
    long publishMillis = (System.nanoTime() - start) / 1_000_000;

    Set<UUID> sent = events.stream().map(EventStream::eventId).collect(Collectors.toSet());
    Await.until(
        DEADLINE,
        "every event delivered",
        () -> delivered(listener).keySet().containsAll(sent),
        () -> "delivered " + delivered(listener).size() + ", states " + states);
    long millis = (System.nanoTime() - start) / 1_000_000;

    Map<UUID, Integer> delivered = delivered(listener);
    assertEquals(sent, delivered.keySet(), "nothing lost, nothing unknown");
    assertEquals(List.of(), listener.reports);
    int duplicates = listener.deliveries.size() - sent.size();
    // A duplicate is an event whose listener was running when the broker died (at most one per
    // session, so one per channel), or one the publisher sent again because the dead broker never
    // confirmed it.
    int bound = CvpJmsChannel.values().length + resent.get();
    assertTrue(duplicates <= bound, duplicates + " duplicates, more than " + bound);
    assertEquals(State.CONNECTED, subscriber.state(), "states " + states);
    System.out.printf(
        "failover: %d events, live killed after %d published, %d delivered, "
            + "backup live after %d ms, "
            + "published in %d ms, %d resent by the publisher, %d duplicates, states %s, "
            + "all delivered in %d ms%n",
        EVENTS,
        publishedBeforeKill,
        deliveredBeforeKill,
        takeOverMillis,
        publishMillis,
        resent.get(),
        duplicates,
        states,
        millis);
  }

  /**
   * Publishes every event, persistent; a send the failing broker never confirmed throws, and is
   * sent again to the backup, so the publisher loses nothing but may send an event twice.
   */
  private void publishAll(List<CvpEvent> events, AtomicInteger published, AtomicInteger resent) {
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    try (CvpJmsPublisher publisher = CvpJmsPublisher.create(pair.coreFactory())) {
      for (CvpEvent event : events) {
        while (true) {
          try {
            EventStream.publish(publisher, event);
            published.incrementAndGet();
            break;
          } catch (JMSException e) {
            if (System.nanoTime() > deadline) {
              throw new IllegalStateException("the publisher gave up", e);
            }
            resent.incrementAndGet();
          }
        }
      }
    } catch (JMSException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<UUID, Integer> delivered(RecordingListener listener) {
    Map<UUID, Integer> counts = new HashMap<>();
    for (RecordingListener.Delivery delivery : listener.deliveries) {
      counts.merge(EventStream.eventId(delivery.context()), 1, Integer::sum);
    }
    return counts;
  }
}
