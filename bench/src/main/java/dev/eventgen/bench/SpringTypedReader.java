package dev.eventgen.bench;

import com.acme.cvp.model.CallStartedEvent;
import com.acme.cvp.model.CallStartedEventIcmRequest;
import com.acme.cvp.model.CallType;
import com.acme.cvp.model.DeviceType;
import com.acme.cvp.model.EventSource;
import com.acme.cvp.model.IcmCallInfo;
import com.acme.cvp.model.Severity;
import com.acme.cvp.model.Subsystem;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.integration.syslog.RFC5424SyslogParser;
import org.springframework.integration.syslog.SyslogHeaders;

/**
 * What a consumer of Spring Integration's syslog support writes to get the typed event: Spring's
 * {@code RFC5424SyslogParser} gives the header fields and each SD element as raw text, so the
 * {@code cvp@9} element is split into its params (escapes removed) and the params converted to a
 * {@link CallStartedEvent} with the JDK's own parse methods, as plainly as such code is written.
 */
final class SpringTypedReader {

  private static final String ELEMENT = "[cvp@9";

  private final RFC5424SyslogParser spring = new RFC5424SyslogParser();

  CallStartedEvent read(String line) {
    Map<String, ?> fields = spring.parse(line, 0, false);
    if (!"CALL_STARTED".equals(fields.get(SyslogHeaders.MSGID))) {
      throw new IllegalArgumentException("not a CALL_STARTED line: " + line);
    }
    Map<String, String> params = params((List<?>) fields.get(SyslogHeaders.STRUCTURED_DATA));
    EventSource source =
        new EventSource(
            params.get("source.hostname"),
            params.get("source.ipAddress"),
            DeviceType.fromValue(params.get("source.deviceType")),
            optional(params.get("source.subsystem"), Subsystem::fromValue),
            params.get("source.subsystemName"),
            params.get("source.messageBusName"),
            params.get("source.cvpVersion"));
    IcmCallInfo icm =
        params.containsKey("icm.routerCallKey")
                || params.containsKey("icm.routerCallKeyDay")
                || params.containsKey("icm.routerCallKeySequenceNumber")
                || params.containsKey("icm.dialogId")
                || params.containsKey("icm.peripheralId")
            ? new IcmCallInfo(
                optional(params.get("icm.routerCallKey"), Long::valueOf),
                optional(params.get("icm.routerCallKeyDay"), Long::valueOf),
                optional(params.get("icm.routerCallKeySequenceNumber"), Long::valueOf),
                optional(params.get("icm.dialogId"), Long::valueOf),
                optional(params.get("icm.peripheralId"), Long::valueOf))
            : null;
    return new CallStartedEvent(
        UUID.fromString(params.get("eventId")),
        params.get("eventType"),
        params.get("specVersion"),
        OffsetDateTime.parse(params.get("timestamp")),
        optional(params.get("localTimeZoneOffset"), Long::valueOf),
        optional(params.get("sequenceNumber"), Long::valueOf),
        Severity.fromValue(params.get("severity")),
        source,
        params.get("callGuid"),
        params.get("ciscoGuid"),
        params.get("sipCallId"),
        params.get("ani"),
        params.get("dnis"),
        params.get("uui"),
        params.get("iiDigits"),
        optional(params.get("callType"), CallType::fromValue),
        icm,
        params.get("ingressGateway"),
        params.get("fromUri"),
        params.get("toUri"),
        params.get("requestUri"),
        params.get("matchedPattern"),
        optional(params.get("icmRequest"), CallStartedEventIcmRequest::fromValue),
        optional(params.get("trunkGroupId"), Long::valueOf),
        params.get("correlationId"));
  }

  private static <T> T optional(String text, java.util.function.Function<String, T> conversion) {
    return text == null ? null : conversion.apply(text);
  }

  /** The params of the first {@code cvp@9} element: {@code [id name="value" ...]}. */
  private static Map<String, String> params(List<?> elements) {
    Map<String, String> params = new HashMap<>();
    if (elements == null) {
      return params;
    }
    for (Object element : elements) {
      String text = (String) element;
      if (!text.startsWith(ELEMENT) || text.charAt(ELEMENT.length()) != ' ' && text.charAt(ELEMENT.length()) != ']') {
        continue;
      }
      int p = ELEMENT.length();
      StringBuilder value = new StringBuilder();
      while (text.charAt(p) == ' ') {
        int equals = text.indexOf('=', p);
        String name = text.substring(p + 1, equals);
        p = equals + 2;
        value.setLength(0);
        for (char c = text.charAt(p); c != '"'; c = text.charAt(++p)) {
          if (c == '\\') {
            c = text.charAt(++p);
          }
          value.append(c);
        }
        params.putIfAbsent(name, value.toString());
        p++;
      }
      return params;
    }
    return params;
  }
}
