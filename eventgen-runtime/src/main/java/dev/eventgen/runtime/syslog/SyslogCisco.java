package dev.eventgen.runtime.syslog;

import java.util.List;
import java.util.Objects;

/**
 * The Cisco parts of a message: the sequence numbers, the timestamp's accuracy marker and zone
 * name, and {@code %APP-SEVERITY-MNEMONIC:} with its {@code [k=v]} tags, as CiscoLog and Cisco IOS
 * write them.
 *
 * @param sequence the first number after the PRI (CiscoLog SEQNUM, the IOS message counter), or -1
 *     if the line has none
 * @param secondSequence a second number, as IOS writes its {@code service sequence-numbers} number
 *     after the message counter, or -1
 * @param app the APP (or facility) part; IOS XR's {@code FACILITY-SUBFACILITY} stays one part
 * @param severity the SEV digit, 0-7
 * @param mnemonic the MNEMONIC (CiscoLog MSGID) part
 * @param params the {@code [k=v]} tags in wire order (a key may repeat)
 * @param timeAccuracy the marker before a Cisco timestamp, or null if the line has no Cisco
 *     timestamp (RFC 3164 lines carrying a mnemonic, lines without a time)
 * @param timeZone the time zone name the timestamp was written with ({@code UTC}, {@code PST}), or
 *     null if it had a numeric offset or none
 * @param uptime the time since the device started, as written instead of a timestamp ({@code
 *     service timestamps log uptime}: {@code 00:01:23}, {@code 1d02h}, {@code 3w4d}), or null
 */
public record SyslogCisco(
    long sequence,
    long secondSequence,
    String app,
    int severity,
    String mnemonic,
    List<SyslogSdParam> params,
    SyslogTimeAccuracy timeAccuracy,
    String timeZone,
    String uptime) {
  public SyslogCisco {
    Objects.requireNonNull(app, "app");
    Objects.requireNonNull(mnemonic, "mnemonic");
    params = List.copyOf(params);
  }

  /** The Cisco parts of a line without a second sequence number or a Cisco timestamp. */
  public SyslogCisco(
      long sequence, String app, int severity, String mnemonic, List<SyslogSdParam> params) {
    this(sequence, -1, app, severity, mnemonic, params, null, null, null);
  }
}
