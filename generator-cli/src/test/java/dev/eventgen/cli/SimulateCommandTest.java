package dev.eventgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventgen.SpecLoader;
import dev.eventgen.runtime.jms.EmbeddedArtemis;
import dev.eventgen.runtime.syslog.SyslogMessage;
import dev.eventgen.runtime.syslog.SyslogParser;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.qpid.jms.JmsConnectionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code eventgen simulate} against a real broker (embedded Artemis, over CORE and over AMQP with
 * Qpid JMS) and a UDP socket: what arrives is what the spec says its producer sends.
 */
class SimulateCommandTest {

  private static final String CVP = "../spec/cvp-call-events.yaml";

  /** Every JMS destination of the spec, read from its channel bindings. */
  private static final List<String> TOPICS =
      SpecLoader.load(Path.of(CVP)).api().channels().stream()
          .filter(c -> c.jms() != null)
          .map(c -> c.jms().destination())
          .toList();

  @RegisterExtension final CapturedStreams streams = new CapturedStreams();

  private static EmbeddedArtemis broker;

  @BeforeAll
  static void startBroker() throws Exception {
    broker = EmbeddedArtemis.start();
  }

  @AfterAll
  static void stopBroker() throws Exception {
    broker.close();
  }

  @Test
  void publishesTheSpecsMessagesToTheirTopicsOverCore() throws Exception {
    List<Message> received = simulate(broker.coreFactory(), "--jms", coreUrl());
    assertEquals(40, received.size(), streams.err());
    Set<String> types = new HashSet<>();
    ObjectMapper json = new ObjectMapper();
    for (Message message : received) {
      types.add(message.getJMSType());
      JsonNode payload = json.readTree(((TextMessage) message).getText());
      assertTrue(payload.path("eventId").isTextual(), payload.toString());
      if (payload.has("callGuid")) {
        assertEquals(payload.get("callGuid").asText(), message.getJMSCorrelationID());
      }
    }
    assertTrue(types.size() > 3, "several messages: " + types);
    assertTrue(streams.err().contains("40 events (0 invalid)"), streams.err());
  }

  @Test
  void publishesOverAmqpWithQpidJms() throws Exception {
    List<Message> received =
        simulate(new JmsConnectionFactory(broker.amqpUrl()), "--amqp", broker.amqpUrl());
    assertEquals(40, received.size(), streams.err());
  }

  @Test
  void sendsRfc5424LinesWithTheFieldsAsSdParams() throws Exception {
    try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      socket.setSoTimeout(5000);
      int code =
          EventgenCommand.execute(
              "simulate",
              CVP,
              "--syslog",
              "udp://127.0.0.1:" + socket.getLocalPort(),
              "--count",
              "20",
              "--rate",
              "0",
              "--seed",
              "3");
      assertEquals(0, code, streams.err());
      SyslogParser parser = new SyslogParser();
      for (int i = 0; i < 20; i++) {
        DatagramPacket packet = new DatagramPacket(new byte[65_536], 65_536);
        socket.receive(packet);
        SyslogMessage line = parser.parse(packet.getData(), 0, packet.getLength());
        assertEquals(23, line.facility());
        assertNotNull(line.msgId());
        assertTrue(line.appName().startsWith("CVP_12_6_"), line.appName());
        assertNotNull(line.sdElement("cvp@9"), "the spec's SD-ID");
        assertTrue(
            line.sdElement("cvp@9").params().stream().anyMatch(p -> p.name().equals("eventId")));
      }
    }
  }

  @Test
  void aBrokerThatCannotBeReachedIsAClearFailure() {
    int code =
        EventgenCommand.execute("simulate", CVP, "--jms", "tcp://127.0.0.1:1", "--count", "1");
    assertEquals(1, code);
    assertTrue(
        streams.err().contains("error: cannot connect to JMS broker tcp://127.0.0.1:1"),
        streams.err());
  }

  @Test
  void withoutATargetItIsAUsageError() {
    assertEquals(2, EventgenCommand.execute("simulate", CVP, "--count", "1"));
    assertTrue(streams.err().contains("nowhere to send"), streams.err());
  }

  private String coreUrl() throws Exception {
    return broker.amqpUrl().replace("amqp://", "tcp://");
  }

  /** Runs the simulator for 40 events while consuming every CVP topic; what arrived. */
  private List<Message> simulate(ConnectionFactory factory, String option, String url)
      throws Exception {
    List<Message> received = new ArrayList<>();
    try (Connection connection = factory.createConnection()) {
      Session session = connection.createSession(Session.AUTO_ACKNOWLEDGE);
      List<MessageConsumer> consumers = new ArrayList<>();
      for (String topic : TOPICS) {
        consumers.add(session.createConsumer(session.createTopic(topic)));
      }
      connection.start();
      int code =
          EventgenCommand.execute(
              "simulate", CVP, option, url, "--count", "40", "--rate", "200/s", "--seed", "7");
      assertEquals(0, code, streams.err());
      for (MessageConsumer consumer : consumers) {
        for (Message m = consumer.receive(500); m != null; m = consumer.receive(200)) {
          received.add(m);
        }
      }
    }
    return received;
  }
}
