package dev.eventgen.runtime.syslog;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Builds and compares syslog messages for the formatter tests. */
final class SyslogObjects {

  private SyslogObjects() {}

  /** An RFC 5424 message. */
  static SyslogMessage message(
      int pri,
      OffsetDateTime time,
      String host,
      String app,
      String procId,
      String msgId,
      List<SyslogSdElement> sd,
      String msg) {
    return new SyslogMessage(
        SyslogFormat.RFC5424, pri >> 3, pri & 7, 1, time, host, app, procId, msgId, sd, msg, null);
  }

  /** An SD element from alternating param names and values. */
  static SyslogSdElement element(String id, String... namesAndValues) {
    List<SyslogSdParam> params = new ArrayList<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      params.add(new SyslogSdParam(namesAndValues[i], namesAndValues[i + 1]));
    }
    return new SyslogSdElement(id, params);
  }

  /**
   * The header fields, SD names and values (not their offsets) and MSG of a message, to compare two
   * messages read from different bytes. Optionally without the format, which a formatted RFC 3164
   * or CiscoLog line changes.
   */
  static List<Object> fields(SyslogMessage message, boolean ignoreFormat) {
    List<Object> fields = new ArrayList<>();
    if (!ignoreFormat) {
      fields.add(message.format());
    }
    fields.addAll(List.of(message.facility(), message.severity()));
    fields.add(String.valueOf(message.timestamp()));
    fields.add(String.valueOf(message.hostname()));
    fields.add(String.valueOf(message.appName()));
    fields.add(String.valueOf(message.procId()));
    fields.add(String.valueOf(message.msgId()));
    fields.add(String.valueOf(message.msg()));
    for (SyslogSdElement sdElement : message.structuredData()) {
      fields.add("[" + sdElement.id());
      for (SyslogSdParam sdParam : sdElement.params()) {
        fields.add(sdParam.name() + "=" + sdParam.value());
      }
    }
    return fields;
  }
}
