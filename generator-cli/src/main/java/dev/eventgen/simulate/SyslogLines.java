package dev.eventgen.simulate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventgen.model.Api;
import dev.eventgen.model.Message;
import dev.eventgen.model.ObjectType;
import dev.eventgen.model.Server;
import dev.eventgen.model.SyslogServer;
import dev.eventgen.model.TypeRef;
import dev.eventgen.runtime.syslog.SyslogFormat;
import dev.eventgen.runtime.syslog.SyslogMessage;
import dev.eventgen.runtime.syslog.SyslogSdElement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Events as the RFC 5424 messages the spec's syslog producer sends and the generated decoder reads:
 * PRI from the server's facility and the message's severity, MSGID from its {@code x-syslog}, the
 * fields as params of the API's SD element, MSG {@code %APP-SEV-MNEMONIC: title}. The APP-NAME
 * follows the server's pattern ({@code CVP_{major}_{minor}_{subsystem}}): version parts from the
 * API's version, other names from the payload's field of that name.
 */
final class SyslogLines {

  /** As the generated formatter: facility user and the documentation SD-ID without a server. */
  private static final int DEFAULT_FACILITY = 1;

  private static final String DEFAULT_SD_ID = "event@32473";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");

  private final Api api;
  private final SyslogServer server;
  private final SdParams params;

  SyslogLines(Api api) {
    this.api = api;
    this.server =
        api.servers().stream().map(Server::syslog).filter(s -> s != null).findFirst().orElse(null);
    this.params = new SdParams(api);
  }

  /** True if the message travels as syslog: it has an {@code x-syslog} and an object payload. */
  boolean carries(Message message) {
    return message.syslog() != null
        && message.payload() instanceof TypeRef ref
        && api.resolve(ref) instanceof ObjectType;
  }

  SyslogMessage message(Outgoing event, String hostname) {
    Message message = event.message();
    ObjectType type = (ObjectType) api.resolve((TypeRef) message.payload());
    int severity = message.syslog().severity();
    String mnemonic =
        message.syslog().mnemonic() == null
            ? message.syslog().msgId()
            : message.syslog().mnemonic();
    String title = message.title() == null ? message.name() : message.title();
    String appName = appName(event.payload());
    JsonNode payload = event.payload();
    SyslogSdElement element =
        new SyslogSdElement(
            server == null || server.structuredDataId() == null
                ? DEFAULT_SD_ID
                : server.structuredDataId(),
            payload.isObject() ? params.of(type, payload) : List.of());
    return new SyslogMessage(
        SyslogFormat.RFC5424,
        server == null ? DEFAULT_FACILITY : server.facility(),
        severity,
        1,
        OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS),
        hostname,
        appName,
        null,
        message.syslog().msgId(),
        List.of(element),
        '%' + appName + '-' + severity + '-' + mnemonic + ": " + title,
        null);
  }

  private String appName(JsonNode payload) {
    String pattern = server == null ? null : server.appNamePattern();
    if (pattern == null) {
      return "eventgen";
    }
    String[] version = api.version() == null ? new String[0] : api.version().split("\\.");
    Matcher matcher = PLACEHOLDER.matcher(pattern);
    StringBuilder name = new StringBuilder();
    while (matcher.find()) {
      String key = matcher.group(1);
      String value =
          switch (key) {
            case "major" -> version.length > 0 ? version[0] : "1";
            case "minor" -> version.length > 1 ? version[1] : "0";
            default -> fieldText(payload, key);
          };
      matcher.appendReplacement(name, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(name);
    return name.toString().replaceAll("[^!-~]", "_");
  }

  /** The text of the payload's scalar field named {@code key}, at any depth, or the key itself. */
  private static String fieldText(JsonNode payload, String key) {
    JsonNode found = payload.isObject() ? payload.findValue(key) : null;
    return found != null && found.isValueNode()
        ? found.asText().toUpperCase(Locale.ROOT)
        : key.toUpperCase(Locale.ROOT);
  }
}
