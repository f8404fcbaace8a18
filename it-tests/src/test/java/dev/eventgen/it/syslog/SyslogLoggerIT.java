package dev.eventgen.it.syslog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.acme.cvp.model.CallStartedEvent;
import com.acme.cvp.model.CvpEvent;
import com.acme.cvp.syslog.CvpSyslogFormatter;
import com.acme.cvp.syslog.CvpSyslogReceiver;
import dev.eventgen.it.Await;
import dev.eventgen.it.RecordingListener;
import dev.eventgen.runtime.EventContext;
import dev.eventgen.runtime.syslog.SyslogMessage;
import dev.eventgen.runtime.syslog.SyslogSdParam;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * util-linux {@code logger} sends every CVP message to the generated receiver, over UDP, TCP
 * with LF framing and TCP with octet counting; the listener gets events equal to the originals.
 */
class SyslogLoggerIT {

  private static final CvpSyslogFormatter FORMATTER =
      new CvpSyslogFormatter("cvp-cs1", "CVP_12_6_SIP");

  @BeforeAll
  static void loggerInstalled() {
    assumeTrue(Logger.available(), "util-linux logger is not installed (.ci/run installs it)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--udp", "--tcp", "--tcp --octet-count"})
  void everyCvpMessageArrivesAsAnEqualEvent(String transport) throws Exception {
    RecordingListener recorder = new RecordingListener();
    try (CvpSyslogReceiver receiver = open(transport, recorder)) {
      List<CvpEvent> sent = new ArrayList<>();
      for (String message : Samples.MESSAGES) {
        CvpEvent event = Samples.event(message);
        sent.add(event);
        Logger.rfc5424(FORMATTER.message(event, OffsetDateTime.now()), receiver.port(),
            transport.split(" "));
      }
      Await.until("the datagrams", () -> recorder.total() >= sent.size(),
          () -> receiver + " " + recorder.reports);
      assertEquals(List.of(), recorder.reports);
      assertEquals(sorted(sent), sorted(recorder.events()));
      assertEquals(10, receiver.delivered());
      EventContext context = recorder.deliveries.get(0).context();
      assertEquals("syslog", context.transport());
      assertEquals("CVP_12_6_SIP", context.headers().get("appName"));
      assertEquals(23, context.headers().get("facility"));
    }
  }

  @Test
  void ciscoFormInRfc3164IsReadByItsMnemonic() throws Exception {
    RecordingListener recorder = new RecordingListener();
    CvpEvent event = Samples.event("CallStartedEvent");
    SyslogMessage message = FORMATTER.message(event, OffsetDateTime.now());
    StringBuilder text = new StringBuilder("%CVP_12_6_SIP-6-CALL_STARTED: ");
    for (SyslogSdParam param : message.structuredData().get(0).params()) {
      text.append('[').append(param.name()).append('=').append(param.value()).append(']');
    }
    text.append(": new call");
    try (CvpSyslogReceiver receiver = CvpSyslogReceiver.udp(0, recorder)) {
      Logger.rfc3164(message, text.toString(), receiver.port(), "--udp");
      Await.until("the datagrams", () -> !recorder.deliveries.isEmpty() || !recorder.reports.isEmpty(),
          receiver::toString);
      assertEquals(List.of(), recorder.reports);
      assertEquals(event, recorder.events().get(0));
      assertEquals(CallStartedEvent.class, recorder.events().get(0).getClass());
      assertEquals("CALL_STARTED", recorder.deliveries.get(0).context().headers().get("cisco.mnemonic"));
    }
  }

  static CvpSyslogReceiver open(String transport, RecordingListener recorder) throws Exception {
    return transport.startsWith("--udp")
        ? CvpSyslogReceiver.udp(0, recorder)
        : CvpSyslogReceiver.tcp(0, recorder);
  }

  private static List<CvpEvent> sorted(List<CvpEvent> events) {
    List<CvpEvent> copy = new ArrayList<>(events);
    copy.sort(Comparator.comparing(e -> e.getClass().getSimpleName()));
    return copy;
  }
}
