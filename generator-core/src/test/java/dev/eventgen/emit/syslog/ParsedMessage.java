package dev.eventgen.emit.syslog;

import static dev.eventgen.emit.syslog.GeneratedSyslog.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;

/** Fluent assertions on a generated {@code SyslogMessage}, read through its accessors. */
final class ParsedMessage {

  private final Object message;
  private final List<String> expectedSd = new ArrayList<>();

  ParsedMessage(Object message) {
    this.message = message;
  }

  ParsedMessage rfc5424(int facility, int severity) {
    return format("RFC5424", facility, severity).is("version", 1);
  }

  ParsedMessage rfc3164(int facility, int severity) {
    return format("RFC3164", facility, severity).is("version", 0).is("msgId", null);
  }

  ParsedMessage format(String format, int facility, int severity) {
    assertEquals(format, String.valueOf(call(message, "format")), "format");
    return is("facility", facility).is("severity", severity);
  }

  /** The timestamp as {@code OffsetDateTime.toString()}, or null. */
  ParsedMessage timestamp(String expected) {
    Object timestamp = call(message, "timestamp");
    assertEquals(expected, timestamp == null ? null : timestamp.toString(), "timestamp");
    return this;
  }

  ParsedMessage header(String hostname, String appName, String procId, String msgId) {
    return is("hostname", hostname).is("appName", appName).is("procId", procId).is("msgId", msgId);
  }

  /** One more expected SD element, rendered {@code [id name=value ...]}; checked by {@link #msg}. */
  ParsedMessage sd(String rendered) {
    expectedSd.add(rendered);
    return this;
  }

  /** The unescaped value of one SD param. */
  ParsedMessage param(String sdId, String name, String value) {
    Object element = call(message, "sdElement", sdId);
    assertNotNull(element, "no SD element " + sdId);
    assertEquals(value, call(element, "value", name), sdId + " " + name);
    return this;
  }

  /** The MSG text (null if absent); also checks the SD elements given so far, in order. */
  ParsedMessage msg(String expected) {
    List<String> actual = new ArrayList<>();
    for (Object element : (List<?>) call(message, "structuredData")) {
      actual.add(render(element));
    }
    assertEquals(expectedSd, actual, "structured data");
    return is("msg", expected);
  }

  ParsedMessage noCisco() {
    assertNull(call(message, "cisco"), "cisco");
    return this;
  }

  /** The Cisco parts, params rendered {@code [k=v]...}. */
  ParsedMessage cisco(long sequence, String app, int severity, String mnemonic, String params) {
    Object cisco = call(message, "cisco");
    assertNotNull(cisco, "cisco");
    assertEquals(sequence, call(cisco, "sequence"), "sequence");
    assertEquals(app, call(cisco, "app"), "app");
    assertEquals(severity, call(cisco, "severity"), "cisco severity");
    assertEquals(mnemonic, call(cisco, "mnemonic"), "mnemonic");
    StringBuilder rendered = new StringBuilder();
    for (Object param : (List<?>) call(cisco, "params")) {
      rendered.append('[').append(call(param, "name")).append('=');
      rendered.append(call(param, "value")).append(']');
    }
    assertEquals(params, rendered.toString(), "cisco params");
    return this;
  }

  ParsedMessage is(String accessor, Object expected) {
    assertEquals(expected, call(message, accessor), accessor);
    return this;
  }

  private static String render(Object element) {
    StringBuilder out = new StringBuilder("[").append(call(element, "id"));
    for (Object param : (List<?>) call(element, "params")) {
      out.append(' ').append(call(param, "name")).append('=').append(call(param, "value"));
    }
    return out.append(']').toString();
  }
}
