package dev.eventgen.it.syslog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.cvp.syslog.CvpSyslogFormatter;
import com.acme.cvp.syslog.CvpSyslogReceiver;
import dev.eventgen.it.Await;
import dev.eventgen.it.RecordingListener;
import dev.eventgen.runtime.Problem;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bad datagrams and frames sent from Java sockets are counted and reported to {@code
 * onMalformed} with their bytes, and the receiver keeps serving.
 */
class SyslogBadInputIT {

  private static final CvpSyslogFormatter FORMATTER =
      new CvpSyslogFormatter("cvp-cs1", "CVP_12_6_SIP");

  @Test
  void udpReportsEveryBadDatagramAndKeepsServing() throws Exception {
    byte[] valid = validLine();
    byte[] garbage = {0x00, (byte) 0xff, 'g', 'a', 'r', 'b', 'a', 'g', 'e'};
    byte[] truncated = Arrays.copyOf(valid, 60);
    byte[] oversized = new byte[20_000];
    Arrays.fill(oversized, (byte) 'x');
    byte[] badUtf8Host = "<190>1 - cvp\u00ff\u00fe - - - -".getBytes(StandardCharsets.ISO_8859_1);
    byte[] countTooLarge = ("500 " + new String(valid, StandardCharsets.UTF_8))
        .getBytes(StandardCharsets.UTF_8);
    RecordingListener recorder = new RecordingListener();
    try (CvpSyslogReceiver receiver = CvpSyslogReceiver.udp(0, recorder);
        DatagramSocket socket = new DatagramSocket()) {
      for (byte[] datagram : List.of(garbage, truncated, oversized, badUtf8Host, countTooLarge, valid)) {
        socket.send(new DatagramPacket(datagram, datagram.length,
            InetAddress.getLoopbackAddress(), receiver.port()));
      }
      Await.until("the datagrams", () -> recorder.reports.size() == 5 && recorder.deliveries.size() == 1,
          () -> receiver + " " + recorder.reports);
      assertReport(recorder.reports.get(0), garbage, Problem.Kind.SYNTAX, 0);
      assertEquals(Problem.Kind.SYNTAX, recorder.reports.get(1).problem().kind());
      assertTrue(recorder.reports.get(1).problem().offset() <= 60);
      assertReport(recorder.reports.get(2), Arrays.copyOf(oversized, CvpSyslogReceiver.MAX_LENGTH),
          Problem.Kind.TOO_LARGE, CvpSyslogReceiver.MAX_LENGTH);
      assertReport(recorder.reports.get(3), badUtf8Host, Problem.Kind.SYNTAX, 12);
      assertReport(recorder.reports.get(4), countTooLarge, Problem.Kind.SYNTAX, 0);
      assertEquals(6, receiver.received());
      assertEquals(4, receiver.malformed());
      assertEquals(1, receiver.dropped());
      assertEquals(1, receiver.delivered());
    }
  }

  @Test
  void tcpReportsAFrameCutShortAndServesTheNextConnection() throws Exception {
    byte[] valid = validLine();
    RecordingListener recorder = new RecordingListener();
    try (CvpSyslogReceiver receiver = CvpSyslogReceiver.tcp(0, recorder)) {
      try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), receiver.port())) {
        OutputStream out = socket.getOutputStream();
        out.write("5000 ".getBytes(StandardCharsets.US_ASCII));
        out.write(valid);
      }
      Await.until("the datagrams", () -> recorder.reports.size() == 1, receiver::toString);
      try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), receiver.port())) {
        OutputStream out = socket.getOutputStream();
        out.write("not syslog\n".getBytes(StandardCharsets.US_ASCII));
        out.write(valid);
        out.write('\n');
      }
      Await.until("the datagrams", () -> recorder.reports.size() == 2 && recorder.deliveries.size() == 1,
          () -> receiver + " " + recorder.reports);
      assertReport(recorder.reports.get(0), valid, Problem.Kind.TRANSPORT, valid.length);
      assertReport(recorder.reports.get(1), "not syslog".getBytes(StandardCharsets.US_ASCII),
          Problem.Kind.SYNTAX, 0);
      assertEquals(1, receiver.dropped());
      assertEquals(1, receiver.malformed());
    }
  }

  private static byte[] validLine() throws Exception {
    return FORMATTER.format(Samples.event("CallStartedEvent"), OffsetDateTime.now())
        .getBytes(StandardCharsets.UTF_8);
  }

  private static void assertReport(
      RecordingListener.Report report, byte[] bytes, Problem.Kind kind, long offset) {
    assertEquals("onMalformed", report.method());
    assertArrayEquals(bytes, report.context().body(), report.problem().toString());
    assertEquals(kind, report.problem().kind(), report.problem().toString());
    assertEquals(offset, report.problem().offset(), report.problem().toString());
  }
}
