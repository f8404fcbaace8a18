package dev.eventgen.runtime.syslog;

/** The syslog wire format a message was read in. */
public enum SyslogFormat {
  /** RFC 5424: {@code <PRI>1 TIMESTAMP HOST APP PROCID MSGID SD MSG}. */
  RFC5424,

  /** RFC 3164 (BSD): {@code <PRI>Mmm dd hh:mm:ss HOST TAG[PID]: MSG}. */
  RFC3164,

  /**
   * A Cisco header before the mnemonic: contact-centre CiscoLog ({@code <PRI>SEQ: HOST: [*|.]Mmm dd
   * yyyy hh:mm:ss.mmm TZ: %APP-SEV-MNEMONIC: %[k=v]...: text}) or Cisco IOS, whose sequence
   * numbers, host, timestamp, year, fraction and zone are each optional.
   */
  CISCOLOG
}
