package dev.eventgen.runtime.jms;

import jakarta.jms.ConnectionFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * An ActiveMQ Artemis broker inside the test JVM, on 127.0.0.1 and a free port, speaking CORE
 * (Artemis' own JMS client) and AMQP (for an independent client such as Qpid JMS; the it-tests use
 * this broker through the runtime's test jar). Security and JMX are off. Persistence is off unless
 * a data directory is given: only a broker that keeps its journal can show that durable
 * subscriptions lose nothing across a restart.
 */
@SuppressWarnings("try") // close() may throw what stopping the broker throws
public final class EmbeddedArtemis implements AutoCloseable {

  private final int port;
  private final Path dataDirectory;
  private EmbeddedActiveMQ broker;

  private EmbeddedArtemis(int port, Path dataDirectory) {
    this.port = port;
    this.dataDirectory = dataDirectory;
  }

  public static EmbeddedArtemis start() throws Exception {
    return started(new EmbeddedArtemis(freePort(), null));
  }

  /** A broker whose journal lives in {@code dataDirectory}, so messages survive a restart. */
  public static EmbeddedArtemis startPersistent(Path dataDirectory) throws Exception {
    return started(new EmbeddedArtemis(freePort(), dataDirectory));
  }

  private static EmbeddedArtemis started(EmbeddedArtemis artemis) throws Exception {
    artemis.startBroker();
    return artemis;
  }

  /** A connection factory of Artemis' own JMS client (CORE protocol), without failover. */
  public ConnectionFactory coreFactory() {
    return new ActiveMQConnectionFactory(coreUrl());
  }

  /** The broker's URL for Artemis' own client, to which client options may be appended. */
  public String coreUrl() {
    return "tcp://127.0.0.1:" + port;
  }

  /** The broker's AMQP 1.0 URL, for a client of another vendor. */
  public String amqpUrl() {
    return "amqp://127.0.0.1:" + port;
  }

  public void stopBroker() throws Exception {
    if (broker != null) {
      broker.stop();
      broker = null;
    }
  }

  public void startBroker() throws Exception {
    broker = new EmbeddedActiveMQ().setConfiguration(configuration());
    broker.start();
  }

  @Override
  public void close() throws Exception {
    stopBroker();
  }

  private Configuration configuration() throws Exception {
    ConfigurationImpl config = new ConfigurationImpl();
    config
        .setPersistenceEnabled(dataDirectory != null)
        .setSecurityEnabled(false)
        .setJMXManagementEnabled(false)
        .addAcceptorConfiguration("main", "tcp://127.0.0.1:" + port + "?protocols=CORE,AMQP");
    if (dataDirectory != null) {
      config
          .setJournalType(JournalType.NIO)
          .setJournalDirectory(dataDirectory.resolve("journal").toString())
          .setBindingsDirectory(dataDirectory.resolve("bindings").toString())
          .setPagingDirectory(dataDirectory.resolve("paging").toString())
          .setLargeMessagesDirectory(dataDirectory.resolve("large").toString());
    }
    return config;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
