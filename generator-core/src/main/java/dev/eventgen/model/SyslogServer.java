package dev.eventgen.model;

/**
 * The server-level {@code x-syslog} extension: how the API's events look as syslog.
 *
 * @param rfc {@code 5424} or {@code 3164}
 * @param transport {@code udp} or {@code tcp}
 * @param facility numeric facility (local7 = 23)
 * @param structuredDataId the SD-ID carrying the event fields, e.g. {@code cvp@9}
 * @param appNamePattern APP-NAME pattern, e.g. {@code CVP_{major}_{minor}_{subsystem}}
 */
public record SyslogServer(
    String rfc,
    String transport,
    int port,
    int facility,
    String structuredDataId,
    String appNamePattern) {}
