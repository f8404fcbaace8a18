package dev.eventgen.bench.jms;

import java.io.IOException;
import java.net.ServerSocket;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * An ActiveMQ Artemis broker in this JVM on 127.0.0.1 and a free port: CORE protocol only,
 * persistence, security and JMX off. Nothing leaves the machine.
 */
final class EmbeddedBroker implements AutoCloseable {

  private final EmbeddedActiveMQ broker;
  private final String url;

  private EmbeddedBroker(EmbeddedActiveMQ broker, String url) {
    this.broker = broker;
    this.url = url;
  }

  static EmbeddedBroker start() throws Exception {
    String url = "tcp://127.0.0.1:" + freePort();
    ConfigurationImpl config = new ConfigurationImpl();
    config
        .setPersistenceEnabled(false)
        .setSecurityEnabled(false)
        .setJMXManagementEnabled(false)
        .addAcceptorConfiguration("core", url + "?protocols=CORE");
    EmbeddedActiveMQ broker = new EmbeddedActiveMQ().setConfiguration(config);
    broker.start();
    return new EmbeddedBroker(broker, url);
  }

  /**
   * A CORE connection factory; {@code parameters} are Artemis URL parameters such as {@code
   * consumerWindowSize=...}, or empty for the defaults.
   */
  ActiveMQConnectionFactory factory(String parameters) {
    return new ActiveMQConnectionFactory(parameters.isEmpty() ? url : url + "?" + parameters);
  }

  @Override
  public void close() throws Exception {
    broker.stop();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
