package dev.eventgen.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.cvp.jms.CvpJmsPublisher;
import com.acme.cvp.jms.CvpJmsSubscriber;
import com.acme.cvp.model.CallEndedEvent;
import com.acme.cvp.model.CallStartedEvent;
import com.acme.cvp.model.CvpJson;
import com.acme.cvp.syslog.CvpSyslogFormatter;
import com.acme.cvp.syslog.CvpSyslogReceiver;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sample as its main wires it: one monitor behind a JMS subscriber and a syslog receiver. A
 * call starts on JMS (embedded Artemis) and ends on syslog (a UDP datagram), and the monitor sees
 * one call come and go.
 */
class BothTransportsTest {

  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final CallCenterMonitor monitor = new CallCenterMonitor(lines::add);
  private EmbeddedActiveMQ broker;
  private ActiveMQConnectionFactory factory;

  @BeforeEach
  void startBroker() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    ConfigurationImpl config = new ConfigurationImpl();
    config
        .setPersistenceEnabled(false)
        .setSecurityEnabled(false)
        .setJMXManagementEnabled(false)
        .addAcceptorConfiguration("tcp", "tcp://127.0.0.1:" + port);
    broker = new EmbeddedActiveMQ().setConfiguration(config);
    broker.start();
    factory = new ActiveMQConnectionFactory("tcp://127.0.0.1:" + port);
  }

  @AfterEach
  void stopBroker() throws Exception {
    factory.close();
    broker.stop();
  }

  @Test
  void aCallStartsOnJmsAndEndsOnSyslog() throws Exception {
    CallStartedEvent started =
        CvpJson.mapper().readValue(CallCenterMonitorTest.STARTED, CallStartedEvent.class);
    CallEndedEvent ended =
        CvpJson.mapper().readValue(CallCenterMonitorTest.ENDED, CallEndedEvent.class);
    try (CvpJmsSubscriber jms = CvpJmsSubscriber.create(factory, monitor);
        CvpSyslogReceiver syslog = CvpSyslogReceiver.udp(0, monitor);
        CvpJmsPublisher publisher = CvpJmsPublisher.create(factory)) {
      publisher.publishCallStarted(started);
      await(() -> monitor.activeCalls().containsKey(CallCenterMonitorTest.GUID));

      String line =
          new CvpSyslogFormatter("cvp-cs1.example.com", "CVP_12_6_SIP")
              .format(ended, OffsetDateTime.parse("2025-05-14T15:05:00.000Z"));
      send(line.getBytes(StandardCharsets.UTF_8), syslog.port());
      await(() -> monitor.activeCalls().isEmpty());
    }
    assertEquals(1, monitor.count("jms", "CallStartedEvent"));
    assertEquals(1, monitor.count("syslog", "CallEndedEvent"));
    assertTrue(lines.get(1).startsWith("[syslog] call 064CD880000100000000025308C6C90A ended"), lines.toString());
  }

  private static void send(byte[] datagram, int port) throws Exception {
    try (DatagramSocket socket = new DatagramSocket()) {
      socket.send(
          new DatagramPacket(datagram, datagram.length, InetAddress.getLoopbackAddress(), port));
    }
  }

  private void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + 15_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out; monitor said: " + lines);
      }
      Thread.sleep(20);
    }
  }
}
