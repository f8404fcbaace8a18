package dev.eventgen.model;

/**
 * The message-level {@code x-syslog} extension.
 *
 * @param msgId RFC 5424 MSGID naming this message
 * @param severity default severity 0-7
 * @param mnemonic Cisco {@code %FAC-SEV-MNEMONIC} mnemonic naming this message
 */
public record SyslogMessage(String msgId, int severity, String mnemonic) {}
