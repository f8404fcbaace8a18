package dev.eventgen.runtime.jms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.jms.DeliveryMode;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Publishing and how a subscriber subscribes, on a broker that only records. */
class JmsPublisherTest {

  @Test
  void publisherSetsTypeCorrelationAndPropertiesFromThePayload() throws Exception {
    FakeBroker broker = new FakeBroker();
    try (JmsPublisher publisher =
        new JmsPublisher(
            broker.factory(),
            DeliveryMode.PERSISTENT,
            TestApi.MAPPER,
            List.of(TestApi.Channel.values()))) {
      publisher.send(
          TestApi.Channel.STARTED,
          "Started",
          new TestApi.Started("started", "id-1"),
          "/id",
          List.of(
              JmsPublisher.Property.string("testId", "/id"),
              JmsPublisher.Property.string("absent", "/nothing")));
      assertThrows(
          IllegalArgumentException.class,
          () ->
              publisher.send(
                  TestApi.Channel.STARTED,
                  "Ended",
                  new TestApi.Ended("ended", 1),
                  null,
                  List.of()));
    }
    FakeBroker.Sent sent = broker.sent.get(0);
    assertEquals("test.started", ((Topic) sent.destination()).getTopicName());
    TextMessage message = sent.message();
    assertEquals("Started", message.getJMSType());
    assertEquals("id-1", message.getJMSCorrelationID());
    assertEquals("{\"eventType\":\"started\",\"id\":\"id-1\"}", message.getText());
    assertEquals(Map.of("testId", "id-1"), FakeBroker.properties(message));
  }

  @Test
  void subscriberAcknowledgesEachMessageByDefaultOnASessionPerChannel() throws Exception {
    FakeBroker broker = new FakeBroker();
    Recording recorder = new Recording();
    try (JmsSubscriber subscriber = TestApi.subscriber(broker.factory(), recorder).start()) {
      assertEquals(JmsSubscriber.State.CONNECTED, subscriber.state());
      assertEquals(
          List.of(Session.AUTO_ACKNOWLEDGE, Session.AUTO_ACKNOWLEDGE), broker.sessionModes);
      broker
          .listeners
          .get(0)
          .onMessage(
              FakeJms.message().to(FakeJms.topic("test.started")).text(TestApi.started("x")));
      assertEquals(List.of("onStarted"), recorder.methods());
      assertEquals(1, subscriber.counts().delivered());
    }
  }

  @Test
  void subscriberAcknowledgesLazilyOnRequestAndSubscribesTheChosenChannels() throws Exception {
    FakeBroker broker = new FakeBroker();
    JmsSubscriber subscriber =
        TestApi.subscriber(broker.factory(), new Recording())
            .acknowledgement(JmsSubscriber.Acknowledgement.LAZY)
            .channels(TestApi.Channel.MIXED)
            .start();
    assertEquals(Set.of(Session.DUPS_OK_ACKNOWLEDGE), Set.copyOf(broker.sessionModes));
    assertEquals(1, broker.sessionModes.size());
    subscriber.close();
    subscriber.close();
    assertEquals(JmsSubscriber.State.CLOSED, subscriber.state());
  }

  @Test
  void builderRefusesBadOptions() {
    JmsSubscriber.Builder<JmsSubscriber> builder =
        TestApi.subscriber(new FakeBroker().factory(), new Recording());
    assertThrows(IllegalArgumentException.class, () -> builder.channels());
    assertThrows(
        IllegalArgumentException.class, () -> builder.channels(new JmsChannel[] {foreign()}));
    assertThrows(IllegalArgumentException.class, () -> builder.maxBodyBytes(0));
    assertThrows(
        IllegalArgumentException.class,
        () -> builder.reconnectBackoff(java.time.Duration.ZERO, java.time.Duration.ofSeconds(1)));
  }

  private static JmsChannel foreign() {
    return new JmsChannel() {
      @Override
      public String address() {
        return null;
      }

      @Override
      public String destination() {
        return "foreign";
      }

      @Override
      public Kind kind() {
        return Kind.QUEUE;
      }

      @Override
      public List<String> messageNames() {
        return List.of();
      }
    };
  }
}
