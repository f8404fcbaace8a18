package dev.eventgen.runtime.syslog;

import java.util.List;
import java.util.Objects;

/**
 * The Cisco parts of a message: {@code SEQ:} and {@code %APP-SEVERITY-MNEMONIC: [k=v]...}, as
 * CiscoLog and Cisco devices write them.
 *
 * @param sequence the sequence number, or -1 if the line has none
 * @param app the APP (or facility) part
 * @param severity the SEV digit, 0-7
 * @param mnemonic the MNEMONIC part
 * @param params the {@code [k=v]} params in wire order
 */
public record SyslogCisco(
    long sequence, String app, int severity, String mnemonic, List<SyslogSdParam> params) {
  public SyslogCisco {
    Objects.requireNonNull(app, "app");
    Objects.requireNonNull(mnemonic, "mnemonic");
    params = List.copyOf(params);
  }
}
