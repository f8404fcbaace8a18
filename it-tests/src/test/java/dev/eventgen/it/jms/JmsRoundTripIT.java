package dev.eventgen.it.jms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.acme.cvp.jms.CvpJmsChannel;
import com.acme.cvp.jms.CvpJmsPublisher;
import com.acme.cvp.model.CvpEvent;
import com.acme.cvp.model.CvpJson;
import com.fasterxml.jackson.databind.JsonNode;
import dev.eventgen.it.Await;
import dev.eventgen.it.RecordingListener;
import dev.eventgen.runtime.EventContext;
import jakarta.jms.Connection;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.qpid.jms.JmsConnectionFactory;
import org.junit.jupiter.api.Test;

/** Every CVP message, sent by the generated publisher and by Qpid JMS, arrives typed and equal. */
class JmsRoundTripIT extends SubscribedBroker {

  @Test
  void generatedPublisherToGeneratedSubscriber() throws Exception {
    List<CvpEvent> sent = CvpSamples.MESSAGES.stream().map(CvpSamples::event).toList();
    try (CvpJmsPublisher publisher = CvpJmsPublisher.create(broker.coreFactory())) {
      for (CvpEvent event : sent) {
        EventStream.publish(publisher, event);
      }
    }
    awaitDeliveries(sent.size());

    assertEquals(List.of(), listener.reports);
    assertEquals(new HashSet<>(sent), new HashSet<>(listener.events()));
    for (RecordingListener.Delivery delivery : listener.deliveries) {
      assertHeadersFollowTheSpec(delivery.event(), delivery.context());
    }
  }

  @Test
  void qpidAmqpPublisherToGeneratedSubscriber() throws Exception {
    try (Connection connection = new JmsConnectionFactory(broker.amqpUrl()).createConnection()) {
      Session session = connection.createSession(Session.AUTO_ACKNOWLEDGE);
      MessageProducer producer = session.createProducer(null);
      int i = 0;
      for (String name : CvpSamples.MESSAGES) {
        TextMessage message = session.createTextMessage(CvpSamples.json(name));
        CvpSamples.setRequiredHeaders(message, name);
        if (i++ % 2 == 0) {
          message.setJMSType(name); // the others are routed by destination alone
        }
        producer.send(session.createTopic(channelOf(name).destination()), message);
      }
    }
    awaitDeliveries(CvpSamples.MESSAGES.size());

    assertEquals(List.of(), listener.reports);
    Set<CvpEvent> expected = new HashSet<>();
    CvpSamples.MESSAGES.forEach(name -> expected.add(CvpSamples.event(name)));
    assertEquals(expected, new HashSet<>(listener.events()));
    for (RecordingListener.Delivery delivery : listener.deliveries) {
      String name = delivery.event().getClass().getSimpleName();
      assertEquals(name, delivery.context().messageName());
      assertEquals(channelOf(name).address(), delivery.context().channel());
      assertEquals(CvpSamples.json(name), delivery.context().bodyText());
    }
  }

  private void awaitDeliveries(int count) {
    Await.until(count + " messages", () -> listener.total() >= count, () -> listener.reports);
  }

  /** JMSType, correlation id and the application headers as the publisher sets them. */
  private static void assertHeadersFollowTheSpec(CvpEvent event, EventContext context) {
    String name = event.getClass().getSimpleName();
    JsonNode payload = CvpJson.mapper().valueToTree(event);
    assertEquals(name, context.header("JMSType"));
    assertEquals(name, context.messageName());
    assertEquals(payload.path("eventType").asText(), context.header("cvpEventType"));
    assertEquals(payload.path("eventId").asText(), context.header("cvpEventId"));
    assertEquals(payload.at("/source/hostname").asText(), context.header("cvpSourceHost"));
    String correlation = payload.has("callGuid") ? "callGuid" : "deviceId";
    if (payload.has(correlation)) {
      assertEquals(payload.path(correlation).asText(), context.header("JMSCorrelationID"), name);
    }
    if (payload.has("callGuid")) {
      assertEquals(payload.path("callGuid").asText(), context.header("cvpCallGuid"));
    }
  }

  private static CvpJmsChannel channelOf(String messageName) {
    for (CvpJmsChannel channel : CvpJmsChannel.values()) {
      if (channel.messageNames().contains(messageName)) {
        return channel;
      }
    }
    throw new AssertionError("no channel carries " + messageName);
  }
}
