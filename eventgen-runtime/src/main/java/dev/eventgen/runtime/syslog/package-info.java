/**
 * Syslog as generated receivers use it, the same for every spec: the generic message model ({@link
 * dev.eventgen.runtime.syslog.SyslogMessage}), one parser for RFC 5424, RFC 3164 and the Cisco
 * contact-centre CiscoLog form ({@link dev.eventgen.runtime.syslog.SyslogParser}), the RFC 5424
 * formatter, RFC 6587 framing, the UDP and TCP servers and the queueing receiver, and the field
 * readers and writers generated decoders and formatters call. What a spec decides (which MSGID is
 * which message, which SD-ID carries the fields, the typed records) stays in generated code, which
 * hands the SD names it expects to the parser as a {@link dev.eventgen.runtime.syslog.SyslogNames}
 * table.
 */
package dev.eventgen.runtime.syslog;
