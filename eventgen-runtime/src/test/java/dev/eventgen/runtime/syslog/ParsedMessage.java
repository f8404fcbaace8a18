package dev.eventgen.runtime.syslog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;

/** Fluent assertions on a parsed {@link SyslogMessage}. */
final class ParsedMessage {

  private final SyslogMessage message;
  private final List<String> expectedSd = new ArrayList<>();

  ParsedMessage(SyslogMessage message) {
    this.message = message;
  }

  ParsedMessage rfc5424(int facility, int severity) {
    format("RFC5424", facility, severity);
    assertEquals(1, message.version(), "version");
    return this;
  }

  ParsedMessage rfc3164(int facility, int severity) {
    format("RFC3164", facility, severity);
    assertEquals(0, message.version(), "version");
    assertNull(message.msgId(), "msgId");
    return this;
  }

  ParsedMessage format(String format, int facility, int severity) {
    assertEquals(format, message.format().name(), "format");
    assertEquals(facility, message.facility(), "facility");
    assertEquals(severity, message.severity(), "severity");
    return this;
  }

  /** The timestamp as {@code OffsetDateTime.toString()}, or null. */
  ParsedMessage timestamp(String expected) {
    var timestamp = message.timestamp();
    assertEquals(expected, timestamp == null ? null : timestamp.toString(), "timestamp");
    return this;
  }

  ParsedMessage header(String hostname, String appName, String procId, String msgId) {
    assertEquals(hostname, message.hostname(), "hostname");
    assertEquals(appName, message.appName(), "appName");
    assertEquals(procId, message.procId(), "procId");
    assertEquals(msgId, message.msgId(), "msgId");
    return this;
  }

  /**
   * One more expected SD element, rendered {@code [id name=value ...]}; checked by {@link #msg}.
   */
  ParsedMessage sd(String rendered) {
    expectedSd.add(rendered);
    return this;
  }

  /** The unescaped value of one SD param. */
  ParsedMessage param(String sdId, String name, String value) {
    SyslogSdElement element = message.sdElement(sdId);
    assertNotNull(element, "no SD element " + sdId);
    assertEquals(value, element.value(name), sdId + " " + name);
    return this;
  }

  /** The MSG text (null if absent); also checks the SD elements given so far, in order. */
  ParsedMessage msg(String expected) {
    List<String> actual = new ArrayList<>();
    for (SyslogSdElement element : message.structuredData()) {
      actual.add(render(element));
    }
    assertEquals(expectedSd, actual, "structured data");
    assertEquals(expected, message.msg(), "msg");
    return this;
  }

  ParsedMessage noCisco() {
    assertNull(message.cisco(), "cisco");
    return this;
  }

  /** The Cisco parts, params rendered {@code [k=v]...}. */
  ParsedMessage cisco(long sequence, String app, int severity, String mnemonic, String params) {
    SyslogCisco cisco = message.cisco();
    assertNotNull(cisco, "cisco");
    assertEquals(sequence, cisco.sequence(), "sequence");
    assertEquals(app, cisco.app(), "app");
    assertEquals(severity, cisco.severity(), "cisco severity");
    assertEquals(mnemonic, cisco.mnemonic(), "mnemonic");
    StringBuilder rendered = new StringBuilder();
    for (SyslogSdParam param : cisco.params()) {
      rendered.append('[').append(param.name()).append('=');
      rendered.append(param.value()).append(']');
    }
    assertEquals(params, rendered.toString(), "cisco params");
    return this;
  }

  /** The parts of a Cisco header: second sequence number, accuracy marker and zone name. */
  ParsedMessage ciscoTime(long secondSequence, SyslogTimeAccuracy accuracy, String timeZone) {
    SyslogCisco cisco = message.cisco();
    assertNotNull(cisco, "cisco");
    assertEquals(secondSequence, cisco.secondSequence(), "second sequence");
    assertEquals(accuracy, cisco.timeAccuracy(), "time accuracy");
    assertEquals(timeZone, cisco.timeZone(), "time zone");
    return this;
  }

  private static String render(SyslogSdElement element) {
    StringBuilder out = new StringBuilder("[").append(element.id());
    for (SyslogSdParam param : element.params()) {
      out.append(' ').append(param.name()).append('=').append(param.value());
    }
    return out.append(']').toString();
  }
}
