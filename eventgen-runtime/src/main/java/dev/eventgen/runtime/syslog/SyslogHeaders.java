package dev.eventgen.runtime.syslog;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The maps a receiver shows listeners for one syslog message: its header fields, and apart from
 * them its structured-data params (see {@code EventContext#params}).
 */
public final class SyslogHeaders {
  private SyslogHeaders() {}

  /**
   * Header fields by name ({@code format}, {@code facility}, {@code severity}, {@code timestamp},
   * {@code hostname}, {@code appName}, {@code procId}, {@code msgId}, {@code cisco.app}, {@code
   * cisco.mnemonic}). Absent fields are left out.
   *
   * @param message the message, or null for an empty map
   */
  public static Map<String, Object> of(SyslogMessage message) {
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
    }
    return headers;
  }

  /**
   * Structured-data params: the Cisco {@code [k=v]} params and those of the element {@code sdId} by
   * their name, others as {@code sdId/name}; the first of repeated params.
   *
   * @param message the message, or null for an empty map
   * @param sdId the SD-ID whose params are shown by their bare name
   */
  public static Map<String, Object> params(SyslogMessage message, String sdId) {
    Map<String, Object> params = new LinkedHashMap<>();
    if (message == null) {
      return params;
    }
    if (message.cisco() != null) {
      for (SyslogSdParam param : message.cisco().params()) {
        put(params, param.name(), param.value());
      }
    }
    for (SyslogSdElement element : message.structuredData()) {
      String prefix = element.id().equals(sdId) ? "" : element.id() + '/';
      for (SyslogSdParam param : element.params()) {
        put(params, prefix + param.name(), param.value());
      }
    }
    return params;
  }

  private static void put(Map<String, Object> headers, String name, Object value) {
    if (value != null) {
      headers.putIfAbsent(name, value);
    }
  }
}
