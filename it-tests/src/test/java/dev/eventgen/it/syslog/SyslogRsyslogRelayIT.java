package dev.eventgen.it.syslog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.acme.cvp.model.CvpEvent;
import com.acme.cvp.syslog.CvpSyslogFormatter;
import com.acme.cvp.syslog.CvpSyslogReceiver;
import dev.eventgen.it.Await;
import dev.eventgen.it.RecordingListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * logger -> rsyslogd (relay, unprivileged, free port) -> the generated receiver: rsyslog adds a
 * trailing LF and re-frames for TCP with octet counting; the events still arrive equal.
 */
class SyslogRsyslogRelayIT {

  private static final CvpSyslogFormatter FORMATTER =
      new CvpSyslogFormatter("cvp-cs1", "CVP_12_6_SIP");

  @ParameterizedTest
  @ValueSource(strings = {"udp", "tcp"})
  void eventsRelayedByRsyslogArriveEqual(String protocol, @TempDir Path workDir)
      throws Exception {
    assumeTrue(Logger.available(), "util-linux logger is not installed");
    assumeTrue(Rsyslog.executable() != null, "rsyslogd is not installed: relay test skipped");
    RecordingListener recorder = new RecordingListener();
    try (CvpSyslogReceiver receiver = SyslogLoggerIT.open("--" + protocol, recorder)) {
      Rsyslog relay = Rsyslog.start(workDir, receiver.port(), protocol);
      assumeTrue(relay != null, () -> "rsyslogd did not start unprivileged: "
          + read(workDir.resolve("rsyslogd.log")));
      try (relay) {
        List<CvpEvent> sent = new ArrayList<>();
        for (String message : Samples.MESSAGES) {
          CvpEvent event = Samples.event(message);
          sent.add(event);
          Logger.rfc5424(FORMATTER.message(event, OffsetDateTime.now()), relay.port(), "--udp");
        }
        Await.until("the datagrams", () -> recorder.total() >= sent.size(),
            () -> receiver + " " + recorder.reports);
        assertEquals(List.of(), recorder.reports);
        assertEquals(sent, recorder.events());
      }
    }
  }

  private static String read(Path log) {
    try {
      return Files.exists(log) ? Files.readString(log) : "(no log)";
    } catch (java.io.IOException e) {
      return e.toString();
    }
  }
}
