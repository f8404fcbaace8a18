package dev.eventgen.runtime.syslog;

import java.util.LinkedHashMap;
import java.util.Map;

/** The header map a receiver shows listeners for one syslog message. */
public final class SyslogHeaders {
  private SyslogHeaders() {}

  /**
   * Header fields by name ({@code format}, {@code facility}, {@code severity}, {@code timestamp},
   * {@code hostname}, {@code appName}, {@code procId}, {@code msgId}, {@code cisco.app}, {@code
   * cisco.mnemonic}), then SD params: the Cisco params and those of the element {@code sdId} by
   * their name, others as {@code sdId/name}; the first of repeated params. Absent fields are left
   * out.
   *
   * @param message the message, or null for an empty map
   * @param sdId the SD-ID whose params are shown by their bare name
   */
  public static Map<String, Object> of(SyslogMessage message, String sdId) {
    Map<String, Object> headers = new LinkedHashMap<>();
    if (message == null) {
      return headers;
    }
    put(headers, "format", message.format());
    put(headers, "facility", message.facility());
    put(headers, "severity", message.severity());
    put(headers, "timestamp", message.timestamp());
    put(headers, "hostname", message.hostname());
    put(headers, "appName", message.appName());
    put(headers, "procId", message.procId());
    put(headers, "msgId", message.msgId());
    if (message.cisco() != null) {
      put(headers, "cisco.app", message.cisco().app());
      put(headers, "cisco.mnemonic", message.cisco().mnemonic());
      for (SyslogSdParam param : message.cisco().params()) {
        put(headers, param.name(), param.value());
      }
    }
    for (SyslogSdElement element : message.structuredData()) {
      String prefix = element.id().equals(sdId) ? "" : element.id() + '/';
      for (SyslogSdParam param : element.params()) {
        put(headers, prefix + param.name(), param.value());
      }
    }
    return headers;
  }

  private static void put(Map<String, Object> headers, String name, Object value) {
    if (value != null) {
      headers.putIfAbsent(name, value);
    }
  }
}
