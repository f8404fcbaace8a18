package dev.eventgen.emit.syslog;

import static dev.eventgen.emit.syslog.GeneratedCvpSyslog.invoke;
import static dev.eventgen.emit.syslog.GeneratedCvpSyslog.invokeStatic;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The generated receivers on real loopback sockets: events reach the listener with their context,
 * bad frames are reported with their bytes and counted, and the receiver keeps serving.
 */
class ReceiverTest {

  private final GeneratedCvpSyslog cvp = GeneratedCvpSyslog.get();
  private final Class<?> receiverClass = cvp.syslog("CvpSyslogReceiver");
  private Object receiver;

  @AfterEach
  void close() throws Exception {
    if (receiver != null) {
      invoke(receiver, "close");
      invoke(receiver, "close"); // idempotent
    }
  }

  @Test
  void udpDeliversEventsAndReportsBadDatagrams() throws Exception {
    RecordingListener listener = new RecordingListener(listenerType(), "onThresholdExceeded");
    receiver = invokeStatic(receiverClass, "udp", 0, listener.proxy);
    assertEquals(grantedReceiveBuffer(), invoke(receiver, "receiveBufferSize"));
    byte[] line = callStartedLine().getBytes(StandardCharsets.UTF_8);
    try (DatagramSocket socket = new DatagramSocket()) {
      send(socket, line);
      RecordingListener.Call call = listener.next();
      assertEquals("onCallStarted", call.method());
      assertEquals("syslog", invoke(call.context(), "transport"));
      assertEquals("cvp/CallStartedEvent", invoke(call.context(), "channel"));
      assertArrayEquals(line, (byte[]) invoke(call.context(), "body"));
      Map<?, ?> headers = (Map<?, ?>) invoke(call.context(), "headers");
      assertEquals("CALL_STARTED", headers.get("msgId"));
      Map<?, ?> params = (Map<?, ?>) invoke(call.context(), "params");
      assertEquals(invoke(call.event(), "callGuid"), params.get("callGuid"));
      assertNull(headers.get("callGuid"), "SD params are not headers");
      assertNull(params.get("msgId"), "header fields are not params");

      byte[] garbage = {(byte) 0xff, 'x', '<'};
      send(socket, garbage);
      RecordingListener.Call malformed = listener.next();
      assertEquals("onMalformed", malformed.method());
      assertArrayEquals(garbage, (byte[]) invoke(malformed.context(), "body"));
      assertEquals("SYNTAX", String.valueOf(invoke(malformed.problem(), "kind")));
      assertEquals(0L, invoke(malformed.problem(), "offset"));

      byte[] oversized = new byte[20_000];
      java.util.Arrays.fill(oversized, (byte) 'a');
      send(socket, oversized);
      RecordingListener.Call tooLarge = listener.next();
      assertEquals("TOO_LARGE", String.valueOf(invoke(tooLarge.problem(), "kind")));
      assertEquals(16_384, ((byte[]) invoke(tooLarge.context(), "body")).length);

      send(
          socket,
          callStartedLine()
              .replace("CALL_STARTED [", "NOT_OURS [")
              .getBytes(StandardCharsets.UTF_8));
      assertEquals("onUnknown", listener.next().method());

      send(socket, thresholdLine().getBytes(StandardCharsets.UTF_8));
      assertEquals("onThresholdExceeded", listener.next().method());
      RecordingListener.Call failure = listener.next();
      assertEquals("onListenerFailure", failure.method());

      send(socket, line); // still serving
      assertEquals("onCallStarted", listener.next().method());
    }
    awaitCount("delivered", 3);
    assertEquals(6L, invoke(receiver, "received"));
    assertEquals(1L, invoke(receiver, "malformed"));
    assertEquals(1L, invoke(receiver, "unknown"));
    assertEquals(1L, invoke(receiver, "dropped"));
    assertEquals(1L, invoke(receiver, "listenerFailures"));
  }

  @Test
  void tcpReadsOctetCountedAndLineFramedFramesOnOneConnection() throws Exception {
    RecordingListener listener = new RecordingListener(listenerType());
    receiver = invokeStatic(receiverClass, "tcp", 0, listener.proxy);
    int port = (int) invoke(receiver, "port");
    assertTrue(port > 0);
    assertEquals(-1, invoke(receiver, "receiveBufferSize"));
    byte[] line = callStartedLine().getBytes(StandardCharsets.UTF_8);
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      OutputStream out = socket.getOutputStream();
      out.write((line.length + " ").getBytes(StandardCharsets.US_ASCII));
      out.write(line);
      out.write(line);
      out.write('\n');
      out.write(("x".repeat(20_000) + "\n").getBytes(StandardCharsets.US_ASCII));
      out.write(line);
      out.write('\n');
      out.write("500 <13>1 - h a - - - cut short".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      socket.shutdownOutput();
      assertEquals("onCallStarted", listener.next().method());
      assertEquals("onCallStarted", listener.next().method());
      RecordingListener.Call tooLarge = listener.next();
      assertEquals("TOO_LARGE", String.valueOf(invoke(tooLarge.problem(), "kind")));
      assertEquals("onCallStarted", listener.next().method());
      RecordingListener.Call cut = listener.next();
      assertEquals("TRANSPORT", String.valueOf(invoke(cut.problem(), "kind")));
      assertEquals(
          "<13>1 - h a - - - cut short",
          new String((byte[]) invoke(cut.context(), "body"), StandardCharsets.US_ASCII));
    }
    awaitCount("dropped", 2);
    assertEquals(3L, invoke(receiver, "delivered"));
  }

  private Class<?> listenerType() {
    return cvp.compiled.load(GeneratedCvpSyslog.BASE + ".CvpEventListener");
  }

  private void send(DatagramSocket socket, byte[] bytes) throws Exception {
    int port = (int) invoke(receiver, "port");
    socket.send(new DatagramPacket(bytes, bytes.length, InetAddress.getLoopbackAddress(), port));
  }

  private void awaitCount(String counter, long expected) throws Exception {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while ((long) invoke(receiver, counter) < expected && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertEquals(expected, invoke(receiver, counter), counter);
  }

  /** What a 4 MiB request gets: on Linux twice the lesser of it and the kernel's cap. */
  private static int grantedReceiveBuffer() throws Exception {
    try (DatagramSocket probe = new DatagramSocket()) {
      probe.setReceiveBufferSize(4 << 20);
      return probe.getReceiveBufferSize();
    }
  }

  private String callStartedLine() throws Exception {
    return format(cvp.randomEvent("CallStartedEvent", 1));
  }

  private String thresholdLine() throws Exception {
    return format(cvp.randomEvent("ThresholdExceededEvent", 2));
  }

  private String format(Object event) throws Exception {
    Object formatter =
        cvp.syslog("CvpSyslogFormatter")
            .getConstructor(String.class, String.class)
            .newInstance("cvp-cs1", "CVP_12_6_SIP");
    return (String)
        invoke(formatter, "format", event, OffsetDateTime.parse("2025-05-14T15:03:54Z"));
  }
}
