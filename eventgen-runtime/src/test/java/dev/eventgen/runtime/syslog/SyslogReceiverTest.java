package dev.eventgen.runtime.syslog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The UDP and TCP servers on loopback, behind the queueing receiver. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SyslogReceiverTest {

  private static final InetSocketAddress ANY_PORT =
      new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

  /** Parses each frame; a frame whose MSGID is {@code X} counts as unknown. */
  private static final class Parsing implements SyslogReceiver.Handler {
    final SyslogParser parser = new SyslogParser();
    final List<String> msgs = new CopyOnWriteArrayList<>();
    final List<SyslogRejection> rejected = new CopyOnWriteArrayList<>();

    @Override
    public SyslogReceiver.Outcome dispatch(byte[] bytes, String peer) {
      try {
        SyslogMessage message = parser.parse(bytes);
        if ("X".equals(message.msgId())) {
          return SyslogReceiver.Outcome.UNKNOWN;
        }
        msgs.add(message.msg());
        return SyslogReceiver.Outcome.DELIVERED;
      } catch (SyslogParseException e) {
        return SyslogReceiver.Outcome.MALFORMED;
      }
    }

    @Override
    public void rejected(byte[] bytes, String peer, SyslogRejection rejection) {
      rejected.add(rejection);
    }
  }

  @Test
  void udpDatagramsAreCountedByOutcome() throws Exception {
    Parsing handler = new Parsing();
    SyslogReceiver receiver = SyslogReceiver.udp(ANY_PORT, 100, 16, handler);
    try (DatagramSocket socket = new DatagramSocket()) {
      for (String line :
          List.of(
              "<13>1 - h a - - - one",
              "garbage",
              "<13>1 - h a - X - u",
              "<13>1 - h a - - - " + "x".repeat(200))) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        socket.send(
            new DatagramPacket(
                bytes, bytes.length, InetAddress.getLoopbackAddress(), receiver.port()));
      }
      waitFor(() -> receiver.received() == 4);
    } finally {
      receiver.close();
    }
    assertEquals(List.of("one"), handler.msgs);
    assertEquals(1, receiver.delivered());
    assertEquals(1, receiver.malformed());
    assertEquals(1, receiver.unknown());
    assertEquals(1, receiver.dropped());
    assertEquals(SyslogRejection.Reason.TOO_LARGE, handler.rejected.get(0).reason());
    assertTrue(receiver.receiveBufferSize() > 0);
    receiver.close(); // a second close does nothing
  }

  @Test
  void tcpFramesInBothFramingsArriveInOrder() throws Exception {
    Parsing handler = new Parsing();
    SyslogReceiver receiver = SyslogReceiver.tcp(ANY_PORT, 1000, 16, handler);
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), receiver.port())) {
      OutputStream out = socket.getOutputStream();
      out.write("<13>1 - h a - - - first\n".getBytes(StandardCharsets.UTF_8));
      out.write("22 <13>1 - h a - - - two\n".getBytes(StandardCharsets.UTF_8));
      out.write("<13>1 - h a - - - third\n".getBytes(StandardCharsets.UTF_8));
      out.flush();
      waitFor(() -> receiver.delivered() == 3);
    } finally {
      receiver.close();
    }
    assertEquals(List.of("first", "two", "third"), handler.msgs); // a counted LF is trimmed
    assertEquals(-1, receiver.receiveBufferSize());
    assertTrue(receiver.toString().startsWith("syslog tcp:"), receiver.toString());
  }

  @Test
  void closeDeliversWhatIsQueuedAndStopsListening() throws Exception {
    Parsing handler = new Parsing();
    SyslogReceiver receiver = SyslogReceiver.tcp(ANY_PORT, 1000, 16, handler);
    int port = receiver.port();
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.getOutputStream().write("<13>1 - h a - - - m\n".getBytes(StandardCharsets.UTF_8));
      waitFor(() -> receiver.received() == 1);
    }
    receiver.close();
    assertEquals(List.of("m"), handler.msgs);
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
      throw new AssertionError("still listening");
    } catch (IOException expected) {
      // refused: the server is closed
    }
  }

  private static void waitFor(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out");
      }
      Thread.sleep(5);
    }
  }
}
