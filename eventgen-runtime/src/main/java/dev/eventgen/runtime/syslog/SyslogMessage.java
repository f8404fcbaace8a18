package dev.eventgen.runtime.syslog;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A syslog message as read from the wire. Fields the format lacks, or that were sent as NILVALUE
 * ({@code -}), are null.
 *
 * @param format the wire format
 * @param facility the facility, 0-23
 * @param severity the severity, 0 (emergency) to 7 (debug)
 * @param version the RFC 5424 VERSION, 0 for the other formats
 * @param timestamp the TIMESTAMP with its offset, or null
 * @param hostname the HOSTNAME, or null
 * @param appName the APP-NAME (RFC 3164: the TAG), or null
 * @param procId the PROCID (RFC 3164: the {@code [pid]}), or null
 * @param msgId the MSGID, or null
 * @param structuredData the SD elements in wire order
 * @param msg the MSG text without BOM, or null if absent (CiscoLog and Cisco RFC 3164: the text
 *     after the mnemonic and params)
 * @param cisco the Cisco parts, or null
 */
public record SyslogMessage(
    SyslogFormat format,
    int facility,
    int severity,
    int version,
    OffsetDateTime timestamp,
    String hostname,
    String appName,
    String procId,
    String msgId,
    List<SyslogSdElement> structuredData,
    String msg,
    SyslogCisco cisco) {
  public SyslogMessage {
    Objects.requireNonNull(format, "format");
    if (facility < 0 || facility > 23 || severity < 0 || severity > 7) {
      throw new IllegalArgumentException(
          "facility 0-23 and severity 0-7 expected: " + facility + "/" + severity);
    }
    // The parser's own lists are unmodifiable already: copying them would only cost time.
    structuredData =
        structuredData instanceof SyslogReadList<?> ? structuredData : List.copyOf(structuredData);
  }

  /**
   * A message of a format without VERSION, MSGID or structured data (RFC 3164, CiscoLog).
   *
   * @param pri the PRI value, split into facility and severity
   * @param tag the RFC 3164 TAG, kept as APP-NAME, or null
   */
  static SyslogMessage unstructured(
      SyslogFormat format,
      int pri,
      OffsetDateTime timestamp,
      String hostname,
      String tag,
      String procId,
      String msg,
      SyslogCisco cisco) {
    return new SyslogMessage(
        format, pri >> 3, pri & 7, 0, timestamp, hostname, tag, procId, null, List.of(), msg,
        cisco);
  }

  /** The first SD element with the given SD-ID, or null. */
  public SyslogSdElement sdElement(String id) {
    for (SyslogSdElement element : structuredData) {
      if (element.id().equals(id)) {
        return element;
      }
    }
    return null;
  }

  /** The PRI value: {@code facility * 8 + severity}. */
  public int priority() {
    return facility * 8 + severity;
  }
}
