package dev.eventgen.it.jms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.acme.cvp.jms.CvpDestinations;
import com.acme.cvp.jms.CvpJmsDispatcher;
import dev.eventgen.it.Await;
import dev.eventgen.it.RecordingListener;
import dev.eventgen.runtime.Dispatch;
import dev.eventgen.runtime.Problem;
import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bad input on a real broker: every poison message reaches {@code onMalformed} or {@code onUnknown}
 * with its raw bytes and a precise problem, the good message after it still arrives, and the counts
 * add up to what was sent.
 */
class JmsPoisonIT extends SubscribedBroker {

  static final String GOOD = CvpSamples.json("CallStartedEvent");

  /** One bad message and what the listener must be told about it. */
  record Poison(
      String type,
      byte[] body,
      String method,
      Problem.Kind kind,
      String field,
      boolean withHeaders) {
    Poison(String type, byte[] body, String method, Problem.Kind kind, String field) {
      this(type, body, method, kind, field, true);
    }
  }

  static List<Poison> poisons() {
    String bigPadding = "x".repeat(CvpJmsDispatcher.DEFAULT_MAX_BODY_BYTES);
    return List.of(
        poison("{\"eventId\": nope}", "onMalformed", Problem.Kind.SYNTAX, null),
        poison(
            GOOD.replace("\"localTimeZoneOffset\":-240", "\"localTimeZoneOffset\":\"four\""),
            "onMalformed",
            Problem.Kind.WRONG_TYPE,
            "/localTimeZoneOffset"),
        poison(
            GOOD.replace("\"localTimeZoneOffset\":-240", "\"localTimeZoneOffset\":\"four\"")
                .substring(0, GOOD.length() - 3),
            "onMalformed",
            Problem.Kind.SYNTAX,
            null),
        poison(
            GOOD.replace("\"dnis\":\"8013\",", ""),
            "onMalformed",
            Problem.Kind.MISSING_FIELD,
            "/dnis"),
        poison(
            GOOD.replace("\"severity\":\"informational\"", "\"severity\":\"chatty\""),
            "onMalformed",
            Problem.Kind.UNKNOWN_ENUM_VALUE,
            "/severity"),
        new Poison(
            "CallTeleportedEvent", utf8(GOOD), "onUnknown", Problem.Kind.UNKNOWN_MESSAGE, null),
        // An eventType of no message, on a channel carrying one message: unknown, not malformed.
        poison(
            GOOD.replace("\"call.started\"", "\"call.teleported\""),
            "onUnknown",
            Problem.Kind.UNKNOWN_MESSAGE,
            "/eventType"),
        // A good body without the JMS properties the spec's headers schema requires.
        new Poison(
            "CallStartedEvent",
            utf8(GOOD),
            "onMalformed",
            Problem.Kind.MISSING_HEADER,
            "cvpEventId",
            false),
        poison("", "onMalformed", Problem.Kind.SYNTAX, null),
        poison(
            "{\"padding\":\"" + bigPadding + "\"}", "onMalformed", Problem.Kind.TOO_LARGE, null));
  }

  private static Poison poison(String body, String method, Problem.Kind kind, String field) {
    return new Poison("CallStartedEvent", utf8(body), method, kind, field);
  }

  @Test
  void everyPoisonIsReportedAndTheNextGoodMessageStillArrives() throws Exception {
    List<Poison> poisons = poisons();
    try (Connection connection = broker.coreFactory().createConnection()) {
      Session session = connection.createSession(Session.AUTO_ACKNOWLEDGE);
      MessageProducer producer =
          session.createProducer(session.createTopic(CvpDestinations.CVP_CALLS_STARTED));
      for (Poison poison : poisons) {
        Message bad = bytesMessage(session, poison.type(), poison.body());
        if (poison.withHeaders()) {
          CvpSamples.setRequiredHeaders(bad, "CallStartedEvent");
        }
        producer.send(bad);
        Message good = session.createTextMessage(GOOD);
        CvpSamples.setRequiredHeaders(good, "CallStartedEvent");
        producer.send(good);
      }
    }
    int sent = poisons.size() * 2;
    Await.until("all messages", () -> listener.total() >= sent, () -> listener.reports);

    assertEquals(poisons.size(), listener.deliveries.size());
    List<String> expected = new ArrayList<>();
    List<String> actual = new ArrayList<>();
    for (int i = 0; i < poisons.size(); i++) {
      Poison poison = poisons.get(i);
      RecordingListener.Report report = listener.reports.get(i);
      expected.add(poison.method() + " " + poison.kind() + " " + poison.field());
      actual.add(report.method() + " " + report.problem().kind() + " " + report.problem().field());
      assertArrayEquals(poison.body(), report.context().body(), "raw bytes of " + report);
    }
    assertEquals(expected, actual, () -> listener.reports.toString());

    Dispatch.Counts counts = subscriber.counts();
    assertEquals(poisons.size(), counts.delivered());
    long unknown = poisons.stream().filter(p -> p.method().equals("onUnknown")).count();
    assertEquals(poisons.size() - unknown, counts.malformed());
    assertEquals(unknown, counts.unknown());
    assertEquals(sent, counts.received());
  }

  private static Message bytesMessage(Session session, String type, byte[] body) throws Exception {
    BytesMessage message = session.createBytesMessage();
    message.writeBytes(body);
    message.setJMSType(type);
    return message;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
