package dev.eventgen.it.jms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.cvp.jms.CvpJmsChannel;
import com.acme.cvp.jms.CvpJmsPublisher;
import com.acme.cvp.jms.CvpJmsSubscriber;
import com.acme.cvp.model.CvpEvent;
import dev.eventgen.it.Await;
import dev.eventgen.it.RecordingListener;
import dev.eventgen.runtime.jms.EmbeddedArtemis;
import jakarta.jms.ConnectionFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three instances of the generated subscriber on one shared durable subscription per CVP channel
 * share a stream of persistent, varied events: each event goes to one instance while all run, and
 * when one instance is killed in the middle of the stream, the others get everything it had not
 * acknowledged. The broker keeps its journal, as a production one would.
 */
class JmsScaleOutIT {

  /** Events per test: 300 of each of the 10 CVP messages. */
  static final int EVENTS = 3_000;

  static final Duration DEADLINE = Duration.ofSeconds(40);

  static final String SUBSCRIPTION = "it-scale";

  /** Events the killed instance handles before it hangs on the next one in each session. */
  static final int HANG_AFTER = 30;

  @TempDir Path data;
  EmbeddedArtemis broker;
  final List<CvpJmsSubscriber> subscribers = new ArrayList<>();
  KillableInstance killable;

  @AfterEach
  void stop() throws Exception {
    if (killable != null) {
      killable.close();
    }
    subscribers.forEach(CvpJmsSubscriber::close);
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  void threeInstancesShareTheStreamWithoutLossOrDuplicates() throws Exception {
    broker = EmbeddedArtemis.startPersistent(data);
    List<RecordingListener> instances = List.of(instance(), instance(), instance());

    long start = System.nanoTime();
    List<CvpEvent> sent = publish(EventStream.events(EVENTS));
    Set<UUID> sentIds = ids(sent);
    Await.until(
        DEADLINE,
        "every event delivered",
        () -> delivered(instances).keySet().containsAll(sentIds),
        () -> shares(instances));
    long millis = (System.nanoTime() - start) / 1_000_000;

    Map<UUID, Integer> delivered = delivered(instances);
    assertEquals(sentIds, delivered.keySet(), "nothing lost, nothing unknown");
    assertEquals(Map.of(), duplicates(delivered), "no event delivered twice");
    for (RecordingListener instance : instances) {
      assertEquals(List.of(), instance.reports);
      assertTrue(
          instance.deliveries.size() >= EVENTS / 10,
          "every instance gets a share: " + shares(instances));
      assertTrue(
          instance.deliveries.stream().noneMatch(d -> d.context().redelivered()),
          "nothing redelivered while all run");
    }
    System.out.printf(
        "scale-out: %d events over 3 instances %s in %d ms%n", EVENTS, shares(instances), millis);
  }

  @Test
  void aKilledInstancesUnacknowledgedEventsGoToTheOthersAndNothingElseTwice() throws Exception {
    broker = EmbeddedArtemis.startPersistent(data);
    List<RecordingListener> survivors = List.of(instance(), instance());
    // Acknowledgements complete before the victim's listener gets its next event, so an event it
    // finished before hanging is known to be acknowledged when it is killed.
    killable =
        KillableInstance.start(
            broker.coreUrl() + "?blockOnAcknowledge=true", SUBSCRIPTION, HANG_AFTER);

    long start = System.nanoTime();
    List<CvpEvent> events = EventStream.events(EVENTS);
    List<CvpEvent> sent = publish(events.subList(0, EVENTS / 2));
    int channels = CvpJmsChannel.values().length;
    Await.until(
        DEADLINE,
        "the victim stuck on an event in each of its " + channels + " sessions",
        () -> killable.hung().size() == channels,
        () -> "hung " + killable.hung().size() + ", done " + killable.done().size());
    killable.kill();
    sent.addAll(publish(events.subList(EVENTS / 2, EVENTS)));
    Set<UUID> sentIds = ids(sent);
    Await.until(
        DEADLINE,
        "every event delivered",
        () -> delivered(survivors).keySet().containsAll(survivorsOwed(sentIds)),
        () -> shares(survivors));
    long millis = (System.nanoTime() - start) / 1_000_000;

    Set<UUID> victimDone = killable.done();
    Set<UUID> victimHung = killable.hung();
    Map<UUID, Integer> delivered = delivered(survivors);
    victimDone.forEach(id -> delivered.merge(id, 1, Integer::sum));
    victimHung.forEach(id -> delivered.merge(id, 1, Integer::sum));

    assertEquals(sentIds, delivered.keySet(), "nothing lost, nothing unknown");
    Map<UUID, Integer> twice = new HashMap<>();
    victimHung.forEach(id -> twice.put(id, 2));
    assertEquals(twice, duplicates(delivered), "exactly the unacknowledged events came twice");
    Set<UUID> redelivered = new HashSet<>();
    for (RecordingListener survivor : survivors) {
      assertEquals(List.of(), survivor.reports);
      assertTrue(survivor.deliveries.size() >= EVENTS / 10, "a share: " + shares(survivors));
      survivor.deliveries.stream()
          .filter(d -> d.context().redelivered())
          .forEach(d -> redelivered.add(EventStream.eventId(d.context())));
    }
    assertTrue(redelivered.containsAll(victimHung), "the second delivery says it is one");
    assertEquals(HANG_AFTER, victimDone.size(), "the victim worked before it hung");
    System.out.printf(
        "scale-out with a kill: %d events, victim done %d, hung %d, survivors %s, "
            + "%d redelivered to them, in %d ms%n",
        EVENTS, victimDone.size(), victimHung.size(), shares(survivors), redelivered.size(),
        millis);
  }

  /** What the survivors must deliver: everything the victim did not finish. */
  private Set<UUID> survivorsOwed(Set<UUID> sent) {
    Set<UUID> owed = new HashSet<>(sent);
    owed.removeAll(killable.done());
    return owed;
  }

  private RecordingListener instance() throws Exception {
    RecordingListener listener = new RecordingListener();
    subscribers.add(
        CvpJmsSubscriber.builder(broker.coreFactory(), listener)
            .sharedDurableSubscription(SUBSCRIPTION)
            .start());
    return listener;
  }

  /**
   * Publishes persistent events without waiting for the broker to confirm each one: the broker
   * still stores every event before it hands it out, and the test is about the consumers.
   */
  private List<CvpEvent> publish(List<CvpEvent> events) throws Exception {
    ConnectionFactory factory =
        new ActiveMQConnectionFactory(broker.coreUrl() + "?blockOnDurableSend=false");
    long start = System.nanoTime();
    try (CvpJmsPublisher publisher = CvpJmsPublisher.create(factory)) {
      for (CvpEvent event : events) {
        EventStream.publish(publisher, event);
      }
    }
    System.out.printf(
        "published %d in %d ms%n", events.size(), (System.nanoTime() - start) / 1_000_000);
    return new ArrayList<>(events);
  }

  private static Set<UUID> ids(List<CvpEvent> events) {
    return events.stream().map(EventStream::eventId).collect(Collectors.toSet());
  }

  /** How often each event id was delivered, over all the instances. */
  private static Map<UUID, Integer> delivered(List<RecordingListener> instances) {
    Map<UUID, Integer> counts = new HashMap<>();
    for (RecordingListener instance : instances) {
      for (RecordingListener.Delivery delivery : instance.deliveries) {
        counts.merge(EventStream.eventId(delivery.context()), 1, Integer::sum);
      }
    }
    return counts;
  }

  private static Map<UUID, Integer> duplicates(Map<UUID, Integer> delivered) {
    Map<UUID, Integer> duplicates = new HashMap<>(delivered);
    duplicates.values().removeIf(count -> count == 1);
    return duplicates;
  }

  private static List<Integer> shares(List<RecordingListener> instances) {
    return instances.stream().map(instance -> instance.deliveries.size()).toList();
  }
}
