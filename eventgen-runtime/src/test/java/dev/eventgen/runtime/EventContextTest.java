package dev.eventgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class EventContextTest {

  @Test
  void copiesHeadersAndDecodesTheBody() {
    Map<String, Object> headers = new LinkedHashMap<>();
    headers.put("JMSType", "StartedEvent");
    byte[] body = "{\"a\":\"é\"}".getBytes(StandardCharsets.UTF_8);
    EventContext context =
        new EventContext(
            EventContext.JMS, "demo/started", "demo.started", "StartedEvent", headers, true, body);
    headers.put("late", 1);

    assertEquals("{\"a\":\"é\"}", context.bodyText());
    assertEquals("StartedEvent", context.header("JMSType"));
    assertEquals(Map.of("JMSType", "StartedEvent"), context.headers());
    assertThrows(UnsupportedOperationException.class, () -> context.headers().put("x", 1));
    assertSame(body, context.body(), "the body is not copied");
    assertTrue(context.toString().contains("body=" + body.length + " bytes"), context.toString());
    assertEquals("jms", EventContext.JMS);
    assertEquals("syslog", EventContext.SYSLOG);
  }

  @Test
  void paramsAreApartFromHeaders() {
    EventContext context =
        new EventContext(
            EventContext.SYSLOG,
            null,
            "10.0.0.1",
            null,
            Map.of("hostname", "cvp1"),
            Map.of("hostname", "spoofed", "n", 5),
            false,
            null);
    assertEquals("cvp1", context.header("hostname"));
    assertEquals("spoofed", context.param("hostname"));
    assertEquals("5", context.param("n"));
    assertEquals(null, context.param("absent"));
    assertThrows(UnsupportedOperationException.class, () -> context.params().put("x", 1));
  }

  @Test
  void absentHeadersAndBodyAreEmpty() {
    EventContext empty = new EventContext(EventContext.SYSLOG, null, null, null, null, false, null);
    assertEquals("", empty.bodyText());
    assertEquals(0, empty.body().length);
    assertEquals(Map.of(), empty.headers());
    assertEquals(Map.of(), empty.params());
    assertThrows(
        NullPointerException.class,
        () -> new EventContext(null, null, null, null, null, false, null));
  }

  @Test
  void transportHeadersAreMadeOnceOnFirstReadAndKeptWithoutACopy() {
    AtomicInteger made = new AtomicInteger();
    Supplier<Map<String, Object>> source =
        () -> {
          made.incrementAndGet();
          Map<String, Object> map = new LinkedHashMap<>();
          map.put("msgId", "CALL_STARTED");
          map.put("hostname", "cvp1");
          return map;
        };
    EventContext.Headers headers = new EventContext.Headers(source);
    EventContext context =
        new EventContext(EventContext.SYSLOG, null, "127.0.0.1", null, headers, false, null);

    assertSame(headers, context.headers());
    assertEquals(0, made.get(), "nothing is made before it is read");
    assertEquals("cvp1", context.header("hostname"));
    assertEquals(List.of("msgId", "hostname"), List.copyOf(headers.keySet()), "arrival order");
    assertEquals(Map.of("msgId", "CALL_STARTED", "hostname", "cvp1"), headers);
    assertTrue(headers.containsKey("msgId"));
    assertEquals(1, made.get(), "made once");
    assertThrows(UnsupportedOperationException.class, headers::clear);
  }
}
