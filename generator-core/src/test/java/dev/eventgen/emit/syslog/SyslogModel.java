package dev.eventgen.emit.syslog;

import dev.eventgen.model.Api;
import dev.eventgen.model.Channel;
import dev.eventgen.model.EnumType;
import dev.eventgen.model.ListType;
import dev.eventgen.model.MapType;
import dev.eventgen.model.Message;
import dev.eventgen.model.NamedType;
import dev.eventgen.model.ObjectType;
import dev.eventgen.model.PayloadType;
import dev.eventgen.model.Property;
import dev.eventgen.model.Scalar;
import dev.eventgen.model.Scalar.Constraints;
import dev.eventgen.model.Scalar.Kind;
import dev.eventgen.model.Server;
import dev.eventgen.model.SyslogMessage;
import dev.eventgen.model.SyslogServer;
import dev.eventgen.model.TypeRef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A hand-built model shaped like the CVP spec's syslog side: the server's {@code x-syslog} (local7,
 * {@code cvp@9}) and three messages whose fields cover every SD form: scalars of each kind, string
 * and integer enums, nested objects, lists of values and of objects, and a map.
 */
final class SyslogModel {

  private SyslogModel() {}

  static Api api() {
    List<NamedType> types =
        new ArrayList<>(
            List.of(
                stringEnum(
                    "Severity",
                    "emergency",
                    "alert",
                    "critical",
                    "error",
                    "warning",
                    "notice",
                    "informational",
                    "debug"),
                stringEnum("DeviceType", "CallServer", "VxmlServer", "Gateway"),
                stringEnum("DeployStatus", "success", "failed"),
                new EnumType("ThresholdLevel", null, false, Kind.LONG, List.of(90L, 94L, 97L)),
                object(
                    "EventSource",
                    req("hostname", maxLength(255)),
                    req("deviceType", ref("DeviceType")),
                    opt("ipAddress", scalar(Kind.STRING))),
                object(
                    "IcmCallInfo",
                    opt("routerCallKey", scalar(Kind.LONG)),
                    opt("routerCallKeyDay", scalar(Kind.INT)),
                    opt("dialogId", scalar(Kind.LONG))),
                object(
                    "DeploymentTarget",
                    req("deviceId", scalar(Kind.UUID)),
                    req("status", ref("DeployStatus")),
                    opt("hostname", scalar(Kind.STRING))),
                object(
                    "CallStartedEvent",
                    envelope(
                        "call.started",
                        req("callGuid", pattern("^[0-9A-F]{32}$")),
                        opt("ani", maxLength(32)),
                        opt("dnis", maxLength(32)),
                        opt("icm", ref("IcmCallInfo")),
                        opt("applicationsVisited", ListType.of(maxLength(51))),
                        opt("localTimeZoneOffset", range(-720, 840)))),
                object(
                    "ThresholdExceededEvent",
                    envelope(
                        "system.threshold_exceeded",
                        req("thresholdPercent", scalar(Kind.BIG_DECIMAL)),
                        opt("portsInUse", scalar(Kind.INT)),
                        opt("cleared", scalar(Kind.BOOLEAN)),
                        opt("level", ref("ThresholdLevel")))),
                object(
                    "ConfigDeployedEvent",
                    envelope(
                        "deployment.config_deployed",
                        opt("parameters", new MapType(scalar(Kind.STRING))),
                        opt("targetDevices", ListType.of(ref("DeploymentTarget"))),
                        opt("reportUri", scalar(Kind.URI))))));
    types.sort(Comparator.comparing(NamedType::name));
    List<Message> messages =
        List.of(
            message(
                "CallStartedEvent",
                "Call Started",
                "CALL_STARTED",
                6,
                "CALL_STARTED",
                "call.started"),
            message(
                "ConfigDeployedEvent",
                "Configuration Deployed",
                "CONFIG_DEPLOYED",
                5,
                "CONFIG_DEPLOYED",
                "deployment.config_deployed"),
            message(
                "ThresholdExceededEvent",
                "Threshold Exceeded",
                "THRESHOLD_EXCEEDED",
                4,
                "THRESHOLD",
                "system.threshold_exceeded"));
    List<Channel> channels =
        messages.stream()
            .map(
                m ->
                    new Channel(
                        m.name(),
                        "cvp/" + m.name(),
                        null,
                        null,
                        List.of("syslog"),
                        List.of(m.name()),
                        null,
                        List.of(),
                        Map.of()))
            .toList();
    Server server =
        new Server(
            "syslog",
            "syslog://{syslog-server}:514",
            "{syslog-server}:514",
            "syslog",
            null,
            null,
            null,
            new SyslogServer("5424", "udp", 514, 23, "cvp@9", "CVP_{major}_{minor}_{subsystem}"));
    return new Api(
        "3.0.0",
        "Cisco Voice Portal Call Events API",
        "12.6.0",
        null,
        "0123abcd",
        List.of(server),
        channels,
        List.of(),
        messages,
        types);
  }

  private static List<Property> envelope(String eventType, Property... rest) {
    List<Property> all =
        new ArrayList<>(
            List.of(
                req("eventId", scalar(Kind.UUID)),
                req(
                    "eventType",
                    new Scalar(
                        Kind.STRING,
                        new Constraints(
                            eventType, null, null, null, null, null, false, false, null))),
                req("timestamp", scalar(Kind.DATE_TIME)),
                req("severity", ref("Severity")),
                req("source", ref("EventSource"))));
    all.addAll(List.of(rest));
    return all;
  }

  private static Message message(
      String name, String title, String msgId, int severity, String mnemonic, String eventType) {
    return new Message(
        name,
        title,
        null,
        null,
        "application/json",
        ref(name),
        null,
        null,
        null,
        "eventType",
        eventType,
        false,
        new SyslogMessage(msgId, severity, mnemonic),
        List.of());
  }

  private static Property req(String name, PayloadType type) {
    return new Property(name, type, true, null, false);
  }

  private static Property opt(String name, PayloadType type) {
    return new Property(name, type, false, null, false);
  }

  private static Scalar scalar(Kind kind) {
    return Scalar.of(kind);
  }

  private static Scalar maxLength(int max) {
    return new Scalar(
        Kind.STRING, new Constraints(null, null, null, max, null, null, false, false, null));
  }

  private static Scalar pattern(String regex) {
    return new Scalar(
        Kind.STRING, new Constraints(null, regex, null, null, null, null, false, false, null));
  }

  private static Scalar range(long min, long max) {
    return new Scalar(
        Kind.INT,
        new Constraints(
            null,
            null,
            null,
            null,
            BigDecimal.valueOf(min),
            BigDecimal.valueOf(max),
            false,
            false,
            null));
  }

  private static TypeRef ref(String name) {
    return new TypeRef(name);
  }

  private static ObjectType object(String name, Property... properties) {
    return object(name, List.of(properties));
  }

  private static ObjectType object(String name, List<Property> properties) {
    return new ObjectType(name, null, false, properties, null);
  }

  private static EnumType stringEnum(String name, String... values) {
    return new EnumType(name, null, false, Kind.STRING, List.of((Object[]) values));
  }
}
