package dev.eventgen.it.jms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.cvp.jms.CvpJmsChannel;
import com.acme.cvp.jms.CvpJmsPublisher;
import com.acme.cvp.jms.CvpJmsSubscriber;
import com.acme.cvp.model.CallStartedEvent;
import com.acme.cvp.model.CvpEvent;
import dev.eventgen.it.Await;
import dev.eventgen.it.RecordingListener;
import dev.eventgen.runtime.jms.EmbeddedArtemis;
import dev.eventgen.runtime.jms.JmsSubscriber.State;
import dev.eventgen.runtime.jms.JmsSubscriber;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The subscriber against a broker that goes away, and shared durable subscriptions. Both need
 * durable subscriptions; the restart test needs a broker that keeps its journal (persistence on, in
 * a temporary directory), else the subscription itself would be gone after the restart.
 */
class JmsResilienceIT {

  @TempDir Path data;
  EmbeddedArtemis broker;
  final List<CvpJmsSubscriber> subscribers = new ArrayList<>();

  @AfterEach
  void stop() throws Exception {
    subscribers.forEach(CvpJmsSubscriber::close);
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  void reconnectsAfterABrokerRestartAndLosesNothingSentMeanwhile() throws Exception {
    broker = EmbeddedArtemis.startPersistent(data);
    RecordingListener listener = new RecordingListener();
    List<State> states = new CopyOnWriteArrayList<>();
    CvpJmsSubscriber subscriber =
        start(
            CvpJmsSubscriber.builder(broker.coreFactory(), listener)
                .channels(CvpJmsChannel.CVP_CALLS_STARTED)
                .sharedDurableSubscription("it-restart")
                // Long enough for the broker to be back and the second batch sent first.
                .reconnectBackoff(Duration.ofSeconds(3), Duration.ofSeconds(6))
                .stateListener(states::add));

    Set<UUID> sent = new HashSet<>(publish(broker.coreFactory(), 20));
    Await.until("first batch", () -> listener.deliveries.size() >= 20);

    broker.stopBroker();
    Await.until("disconnect noticed", () -> states.contains(State.DISCONNECTED), () -> states);
    broker.startBroker();
    sent.addAll(publish(broker.coreFactory(), 20));
    assertNotEquals(
        State.CONNECTED, subscriber.state(), "the second batch went to an absent subscriber");

    Await.until("second batch", () -> eventIds(listener).containsAll(sent), () -> states);
    assertEquals(sent, eventIds(listener));
    assertEquals(List.of(), listener.reports);
    assertEquals(
        List.of(State.CONNECTING, State.CONNECTED, State.DISCONNECTED, State.RECONNECTING),
        states.subList(0, 4));
    assertEquals(State.CONNECTED, states.get(states.size() - 1));
    assertEquals(State.CONNECTED, subscriber.state());

    subscriber.close();
    subscriber.close();
    assertEquals(State.CLOSED, states.get(states.size() - 1));
    assertEquals(1, states.stream().filter(State.CLOSED::equals).count(), "CLOSED once");
    assertNoReconnectThread();
  }

  @Test
  void twoInstancesOnASharedDurableSubscriptionSplitTheStream() throws Exception {
    broker = EmbeddedArtemis.start();
    RecordingListener first = new RecordingListener();
    RecordingListener second = new RecordingListener();
    for (RecordingListener listener : List.of(first, second)) {
      start(
          CvpJmsSubscriber.builder(broker.coreFactory(), listener)
              .channels(CvpJmsChannel.CVP_CALLS_STARTED)
              .sharedDurableSubscription("it-shared"));
    }

    List<UUID> sent = publish(broker.coreFactory(), 200);
    Await.until(
        "200 events between both",
        () -> first.deliveries.size() + second.deliveries.size() >= sent.size());

    Set<UUID> firstIds = eventIds(first);
    Set<UUID> secondIds = eventIds(second);
    assertTrue(first.deliveries.size() > 0 && second.deliveries.size() > 0, "both got a share");
    assertEquals(first.deliveries.size(), firstIds.size(), "no duplicates in the first");
    assertEquals(second.deliveries.size(), secondIds.size(), "no duplicates in the second");
    Set<UUID> union = new HashSet<>(firstIds);
    union.addAll(secondIds);
    assertEquals(new HashSet<>(sent), union);
    assertEquals(sent.size(), firstIds.size() + secondIds.size(), "no event went to both");
  }

  @Test
  void aFirstConnectionThatFailsIsThrownAndLeavesNothingRunning() throws Exception {
    broker = EmbeddedArtemis.start();
    ConnectionFactory factory = broker.coreFactory();
    broker.stopBroker();
    List<State> states = new CopyOnWriteArrayList<>();

    assertThrows(
        JMSException.class,
        () ->
            CvpJmsSubscriber.builder(factory, new RecordingListener())
                .stateListener(states::add)
                .start());
    assertEquals(List.of(State.CONNECTING, State.CLOSED), states);
    assertNoReconnectThread();
  }

  private static void assertNoReconnectThread() {
    assertTrue(
        Thread.getAllStackTraces().keySet().stream()
            .noneMatch(t -> t.getName().startsWith("CvpJmsSubscriber") && t.isAlive()),
        "no reconnect thread left");
  }

  private CvpJmsSubscriber start(JmsSubscriber.Builder<CvpJmsSubscriber> builder) throws Exception {
    CvpJmsSubscriber subscriber = builder.start();
    subscribers.add(subscriber);
    return subscriber;
  }

  private static List<UUID> publish(ConnectionFactory factory, int count) throws Exception {
    List<UUID> ids = new ArrayList<>();
    try (CvpJmsPublisher publisher = CvpJmsPublisher.create(factory)) {
      for (int i = 0; i < count; i++) {
        UUID id = UUID.randomUUID();
        publisher.publishCallStarted(CvpSamples.callStarted(id));
        ids.add(id);
      }
    }
    return ids;
  }

  private static Set<UUID> eventIds(RecordingListener listener) {
    Set<UUID> ids = new HashSet<>();
    for (CvpEvent event : listener.events()) {
      ids.add(((CallStartedEvent) event).eventId());
    }
    return ids;
  }
}
