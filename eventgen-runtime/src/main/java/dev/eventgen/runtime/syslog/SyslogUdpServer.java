package dev.eventgen.runtime.syslog;

import java.io.Closeable;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.util.Arrays;

/**
 * Receives syslog datagrams on one thread and hands each to the sink. A datagram longer than the
 * maximum frame length is rejected with its first bytes.
 */
public final class SyslogUdpServer implements Closeable {
  private final DatagramSocket socket;

  private final int maxLength;

  private final SyslogFrameSink sink;

  private final Thread thread;

  public SyslogUdpServer(InetSocketAddress address, int maxLength, SyslogFrameSink sink)
      throws IOException {
    this.socket = new DatagramSocket(address);
    this.maxLength = maxLength;
    this.sink = sink;
    // A large buffer rides out bursts while the dispatch thread catches up.
    socket.setReceiveBufferSize(4 << 20);
    this.thread = SyslogThreads.start(this::run, "syslog-udp-" + port());
  }

  public int port() {
    return socket.getLocalPort();
  }

  private void run() {
    byte[] buffer = new byte[65_536];
    DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
    while (!socket.isClosed()) {
      try {
        packet.setLength(buffer.length);
        socket.receive(packet);
      } catch (IOException e) {
        // closed, or a transient error: the loop condition decides
        continue;
      }
      String peer = packet.getAddress().getHostAddress() + ':' + packet.getPort();
      if (packet.getLength() > maxLength) {
        sink.rejected(
            Arrays.copyOf(buffer, maxLength),
            peer,
            new SyslogRejection(
                SyslogRejection.Reason.TOO_LARGE,
                "datagram of "
                    + packet.getLength()
                    + " bytes exceeds the maximum frame length "
                    + maxLength,
                maxLength));
      } else {
        sink.frame(Arrays.copyOf(buffer, packet.getLength()), peer);
      }
    }
  }

  public int receiveBufferSize() throws SocketException {
    return socket.getReceiveBufferSize();
  }

  /** Closes the socket and waits for the receiving thread to end. */
  @Override
  public void close() {
    socket.close();
    SyslogThreads.join(thread);
  }
}
