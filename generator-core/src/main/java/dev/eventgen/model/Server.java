package dev.eventgen.model;

/**
 * A server of the API.
 *
 * @param host host and port as written, variables unexpanded ({@code {cvp-server}:61616})
 * @param url {@code protocol://host/pathname}, the form AsyncAPI 2.x wrote directly
 * @param syslog the {@code x-syslog} extension, or null
 */
public record Server(
    String name,
    String url,
    String host,
    String protocol,
    String protocolVersion,
    String title,
    String description,
    SyslogServer syslog) {}
