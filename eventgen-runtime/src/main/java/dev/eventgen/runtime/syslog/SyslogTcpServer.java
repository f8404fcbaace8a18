package dev.eventgen.runtime.syslog;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Accepts syslog connections (at most {@link #MAX_CONNECTIONS} at once; more are closed at once)
 * and reads each with a {@link SyslogFramer} on its own thread.
 */
public final class SyslogTcpServer implements Closeable {
  public static final int MAX_CONNECTIONS = 256;

  private final ServerSocket server;

  private final int maxLength;

  private final SyslogFrameSink sink;

  private final Map<Socket, Thread> connections = new ConcurrentHashMap<>();

  private final Thread acceptor;

  public SyslogTcpServer(InetSocketAddress address, int maxLength, SyslogFrameSink sink)
      throws IOException {
    this.server = new ServerSocket();
    server.bind(address);
    this.maxLength = maxLength;
    this.sink = sink;
    this.acceptor = SyslogThreads.start(this::accept, "syslog-tcp-" + port());
  }

  public int port() {
    return server.getLocalPort();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        if (connections.size() >= MAX_CONNECTIONS) {
          socket.close();
          continue;
        }
        String peer = socket.getInetAddress().getHostAddress() + ':' + socket.getPort();
        // Registered before it starts, so its own removal cannot come first.
        Thread reader = new Thread(() -> read(socket, peer), "syslog-tcp-" + peer);
        reader.setDaemon(true);
        connections.put(socket, reader);
        reader.start();
      } catch (IOException e) {
        // closed, or a failed accept: the loop condition decides
      }
    }
  }

  private void read(Socket socket, String peer) {
    try (socket) {
      new SyslogFramer(new BufferedInputStream(socket.getInputStream()), maxLength, sink, peer)
          .run();
    } catch (IOException e) {
      // the connection broke or was closed: nothing more to read from it
    } finally {
      connections.remove(socket);
    }
  }

  /** Stops accepting, closes every connection and waits for all threads. */
  @Override
  public void close() throws IOException {
    server.close();
    SyslogThreads.join(acceptor);
    for (var connection : connections.entrySet()) {
      connection.getKey().close();
      SyslogThreads.join(connection.getValue());
    }
  }
}
