package dev.eventgen.it.syslog;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An unprivileged rsyslogd relay: it listens for UDP on a free loopback port and forwards every
 * message as RFC 5424 to a receiver, over UDP or TCP with octet counting. Started by the test
 * in the foreground, in its own work directory, and stopped by {@link #close()}.
 */
final class Rsyslog implements AutoCloseable {

  private final Process process;
  private final int port;

  private Rsyslog(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** The rsyslogd executable, or null if none is installed. */
  static Path executable() {
    for (String dir : List.of("/usr/sbin", "/usr/local/sbin", "/sbin")) {
      Path candidate = Path.of(dir, "rsyslogd");
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /**
   * Starts rsyslogd relaying to {@code targetPort}; returns null, with the reason in the log
   * file, if it does not come up within ten seconds.
   */
  static Rsyslog start(Path workDir, int targetPort, String protocol) throws Exception {
    int port = freeUdpPort();
    Path config = workDir.resolve("rsyslog.conf");
    Path pidFile = workDir.resolve("rsyslogd.pid");
    Files.writeString(config, String.join("\n",
        "global(workDirectory=\"" + workDir + "\")",
        "module(load=\"imudp\")",
        "input(type=\"imudp\" address=\"127.0.0.1\" port=\"" + port + "\")",
        "action(type=\"omfwd\" target=\"127.0.0.1\" port=\"" + targetPort + "\" protocol=\""
            + protocol + "\" TCP_Framing=\"octet-counted\""
            + " template=\"RSYSLOG_SyslogProtocol23Format\")",
        ""));
    Process process = new ProcessBuilder(executable().toString(), "-n", "-f", config.toString(),
            "-i", pidFile.toString())
        .redirectErrorStream(true)
        .redirectOutput(workDir.resolve("rsyslogd.log").toFile())
        .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!Files.exists(pidFile) && process.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    if (!Files.exists(pidFile) || !process.isAlive()) {
      process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      return null;
    }
    return new Rsyslog(process, port);
  }

  int port() {
    return port;
  }

  private static int freeUdpPort() throws IOException {
    try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    }
  }
}
