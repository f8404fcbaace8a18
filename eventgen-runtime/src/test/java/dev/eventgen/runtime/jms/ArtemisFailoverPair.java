package dev.eventgen.runtime.jms;

import jakarta.jms.ConnectionFactory;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.activemq.artemis.core.config.ClusterConnectionConfiguration;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.HAPolicyConfiguration;
import org.apache.activemq.artemis.core.config.ha.SharedStoreBackupPolicyConfiguration;
import org.apache.activemq.artemis.core.config.ha.SharedStorePrimaryPolicyConfiguration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.config.impl.SecurityConfiguration;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.NodeManager;
import org.apache.activemq.artemis.core.server.impl.ActiveMQServerImpl;
import org.apache.activemq.artemis.core.server.impl.InVMNodeManager;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.activemq.artemis.spi.core.security.ActiveMQJAASSecurityManager;
import org.apache.activemq.artemis.spi.core.security.jaas.InVMLoginModule;

/**
 * A live and a backup ActiveMQ Artemis broker in the test JVM, sharing one journal in a directory
 * (shared-store HA), on 127.0.0.1 and two free ports. The backup waits on the store's lock and
 * takes over, with every durable subscription and persistent message, when the live one fails.
 *
 * <p>Shared store rather than replication: the backup needs no initial synchronisation and no
 * quorum vote, so its take-over is quick and the same on a small, loaded machine. Two brokers in
 * one JVM cannot both lock the store's file (a JVM holds file locks per process), so they share
 * Artemis' in-memory node manager, which plays the lock.
 */
@SuppressWarnings("try") // close() may throw what stopping a broker throws
public final class ArtemisFailoverPair implements AutoCloseable {

  private final int primaryPort;
  private final int backupPort;
  private final ActiveMQServer primary;
  private final ActiveMQServer backup;

  private ArtemisFailoverPair(Path store) {
    this.primaryPort = freePort();
    this.backupPort = freePort();
    NodeManager lock = new InVMNodeManager(false, store.toFile());
    this.primary =
        new SharedLockServer(
            configuration("primary", store, primaryPort, backupPort, primaryPolicy()), lock);
    this.backup =
        new SharedLockServer(
            configuration("backup", store, backupPort, primaryPort, backupPolicy()), lock);
  }

  /**
   * Starts the live broker, then the backup, and waits until the live one serves clients.
   *
   * @param store the shared journal's directory
   */
  public static ArtemisFailoverPair start(Path store) throws Exception {
    ArtemisFailoverPair pair = new ArtemisFailoverPair(store);
    try {
      pair.primary.start();
      if (!pair.primary.waitForActivation(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the live broker did not activate");
      }
      pair.backup.start();
    } catch (Exception | Error e) {
      pair.close();
      throw e;
    }
    return pair;
  }

  /**
   * The client URL of both brokers: Artemis' client connects to whichever is live and, with {@code
   * ha=true} and endless reconnect attempts, moves to the backup when the live one fails.
   */
  public String failoverUrl() {
    return "(tcp://127.0.0.1:"
        + primaryPort
        + ",tcp://127.0.0.1:"
        + backupPort
        + ")?ha=true&reconnectAttempts=-1&retryInterval=100&retryIntervalMultiplier=1.5"
        + "&maxRetryInterval=1000";
  }

  /** A connection factory of Artemis' own JMS client (CORE protocol) on {@link #failoverUrl()}. */
  public ConnectionFactory coreFactory() {
    return new ActiveMQConnectionFactory(failoverUrl());
  }

  /**
   * Kills the live broker as a crash would for its clients: it stops at once, its connections
   * break, and the backup becomes live.
   */
  public void killPrimary() throws Exception {
    primary.fail(true);
  }

  /** Whether the backup has taken over, waiting at most {@code timeout} for it. */
  public boolean awaitBackupLive(Duration timeout) throws InterruptedException {
    return backup.waitForActivation(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Whether the live broker is serving clients. */
  public boolean primaryLive() {
    return primary.isActive();
  }

  @Override
  public void close() throws Exception {
    Exception failure = null;
    for (ActiveMQServer server : List.of(backup, primary)) {
      try {
        server.stop();
      } catch (Exception e) {
        failure = failure == null ? e : failure;
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  private static HAPolicyConfiguration primaryPolicy() {
    return new SharedStorePrimaryPolicyConfiguration().setFailoverOnServerShutdown(true);
  }

  private static HAPolicyConfiguration backupPolicy() {
    return new SharedStoreBackupPolicyConfiguration()
        .setFailoverOnServerShutdown(true)
        .setAllowFailBack(false);
  }

  /**
   * One broker of the pair: its acceptor, a connector to itself and one to its partner, and a
   * cluster connection over them, through which the backup announces itself, so clients learn where
   * to fail over to.
   */
  private static Configuration configuration(
      String name, Path store, int port, int partnerPort, HAPolicyConfiguration policy) {
    ConfigurationImpl config = new ConfigurationImpl();
    config
        .setName(name)
        .setPersistenceEnabled(true)
        .setSecurityEnabled(false)
        .setJMXManagementEnabled(false)
        .setHAPolicyConfiguration(policy)
        .setJournalType(JournalType.NIO)
        // Written, not forced to disk: the pair's brokers die with their JVM's page cache intact,
        // and forcing every write of a publisher waiting on each send costs milliseconds on a
        // shared disk. A production pair keeps the default (forced).
        .setJournalDatasync(false)
        .setJournalBufferTimeout_NIO(50_000)
        .setJournalDirectory(store.resolve("journal").toString())
        .setBindingsDirectory(store.resolve("bindings").toString())
        .setPagingDirectory(store.resolve("paging").toString())
        .setLargeMessagesDirectory(store.resolve("large").toString())
        .setNodeManagerLockDirectory(store.toString());
    try {
      config
          .addAcceptorConfiguration("main", "tcp://127.0.0.1:" + port + "?protocols=CORE,AMQP")
          .addConnectorConfiguration("self", "tcp://127.0.0.1:" + port)
          .addConnectorConfiguration("partner", "tcp://127.0.0.1:" + partnerPort);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    config.setClusterUser("pair").setClusterPassword("pair");
    config.addClusterConfiguration(
        new ClusterConnectionConfiguration()
            .setName("pair")
            .setConnectorName("self")
            .setStaticConnectors(List.of("partner"))
            .setRetryInterval(100));
    return config;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A broker whose store lock is the pair's shared in-memory one. */
  private static final class SharedLockServer extends ActiveMQServerImpl {
    private final NodeManager lock;

    SharedLockServer(Configuration configuration, NodeManager lock) {
      super(
          configuration,
          null,
          new ActiveMQJAASSecurityManager(
              InVMLoginModule.class.getName(), new SecurityConfiguration()));
      this.lock = lock;
    }

    @Override
    protected NodeManager createNodeManager(File directory, boolean replicatingBackup) {
      return lock;
    }
  }
}
