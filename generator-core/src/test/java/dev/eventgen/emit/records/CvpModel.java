package dev.eventgen.emit.records;

import static dev.eventgen.emit.records.Models.concat;
import static dev.eventgen.emit.records.Models.constant;
import static dev.eventgen.emit.records.Models.documented;
import static dev.eventgen.emit.records.Models.list;
import static dev.eventgen.emit.records.Models.maxLength;
import static dev.eventgen.emit.records.Models.message;
import static dev.eventgen.emit.records.Models.object;
import static dev.eventgen.emit.records.Models.optional;
import static dev.eventgen.emit.records.Models.pattern;
import static dev.eventgen.emit.records.Models.range;
import static dev.eventgen.emit.records.Models.ref;
import static dev.eventgen.emit.records.Models.required;
import static dev.eventgen.emit.records.Models.scalar;
import static dev.eventgen.emit.records.Models.stringEnum;
import static dev.eventgen.emit.records.Models.topic;

import dev.eventgen.model.Api;
import dev.eventgen.model.EnumType;
import dev.eventgen.model.MapType;
import dev.eventgen.model.ObjectType;
import dev.eventgen.model.Property;
import dev.eventgen.model.Scalar.Kind;
import java.util.List;

/**
 * A hand-built model shaped like the CVP spec after allOf flattening: four messages sharing the
 * envelope (uuid, const eventType, date-time, severity enum, nested source), a patterned callGuid,
 * an optional map, a list of objects, BigDecimal numbers and an integer enum.
 */
final class CvpModel {

  static final String CALL_GUID = "^[0-9A-F]{32}$";

  private CvpModel() {}

  static Api api() {
    return Models.api(
        "Cisco Voice Portal Call Events API",
        List.of(
            topic("callStarted", "cvp/calls/started", "cvp.calls.started", "CallStartedEvent"),
            topic("callError", "cvp/calls/error", "cvp.calls.error", "CallErrorEvent"),
            topic(
                "thresholdExceeded",
                "cvp/system/threshold-exceeded",
                "cvp.system.threshold-exceeded",
                "ThresholdExceededEvent"),
            topic(
                "configDeployed",
                "cvp/deployment/config-deployed",
                "cvp.deployment.config-deployed",
                "ConfigDeployedEvent")),
        List.of(
            message("CallStartedEvent", "Call Started", ref("CallStartedEvent")),
            message("CallErrorEvent", "Call Error", ref("CallErrorEvent")),
            message("ThresholdExceededEvent", "Threshold Exceeded", ref("ThresholdExceededEvent")),
            message("ConfigDeployedEvent", "Configuration Deployed", ref("ConfigDeployedEvent"))),
        List.of(
            callStarted(),
            callError(),
            thresholdExceeded(),
            configDeployed(),
            object(
                "EventSource",
                required("hostname", maxLength(255)),
                required("deviceType", ref("DeviceType")),
                optional("subsystem", ref("Subsystem"))),
            object(
                "ThresholdExceededEventSnmp",
                optional("notificationOid", scalar(Kind.STRING)),
                optional("eventMessageId", scalar(Kind.INT)),
                optional("eventMessageName", scalar(Kind.STRING))),
            object(
                "DeploymentTarget",
                required("deviceId", scalar(Kind.UUID)),
                optional("hostname", scalar(Kind.STRING)),
                required("status", ref("DeploymentTargetStatus"))),
            stringEnum(
                "Severity",
                "CISCO-CVP-MIB ccvpEventSeverity / CVP log severity names.",
                "emergency",
                "alert",
                "critical",
                "error",
                "warning",
                "notice",
                "informational",
                "debug"),
            stringEnum(
                "DeviceType", "Operations Console device types.", "CallServer", "VxmlServer"),
            stringEnum("Subsystem", null, "SIP", "IVR", "VXML", "System"),
            stringEnum(
                "DeploymentTargetStatus", null, "Success", "Pending", "InProgress", "Failed"),
            stringEnum("ThresholdExceededEventState", null, "raise", "clear"),
            new EnumType(
                "CallErrorEventVxmlErrorCode",
                null,
                false,
                Kind.INT,
                List.of(40L, 41L, 42L, 43L, 44L, 45L))));
  }

  static List<Property> envelope(String eventType) {
    return List.of(
        required("eventId", scalar(Kind.UUID)),
        required("eventType", constant(eventType)),
        required("specVersion", constant("1.0")),
        documented(
            required("timestamp", scalar(Kind.DATE_TIME)),
            "UTC event time, millisecond precision."),
        optional("localTimeZoneOffset", range(Kind.INT, -720, 840)),
        required("severity", ref("Severity")),
        required("source", ref("EventSource")));
  }

  private static ObjectType callStarted() {
    return object(
        "CallStartedEvent",
        concat(
            envelope("call.started"),
            required("callGuid", pattern(CALL_GUID)),
            optional("ani", maxLength(32)),
            required("dnis", maxLength(32)),
            optional("parameters", new MapType(scalar(Kind.STRING)))));
  }

  private static ObjectType callError() {
    return object(
        "CallErrorEvent",
        concat(
            envelope("call.error"),
            optional("callGuid", pattern(CALL_GUID)),
            required("errorCode", scalar(Kind.STRING)),
            optional("vxmlErrorCode", ref("CallErrorEventVxmlErrorCode"))));
  }

  private static ObjectType thresholdExceeded() {
    return object(
        "ThresholdExceededEvent",
        concat(
            envelope("system.threshold_exceeded"),
            optional("deviceId", scalar(Kind.UUID)),
            required("thresholdValue", scalar(Kind.BIG_DECIMAL)),
            required("currentValue", scalar(Kind.BIG_DECIMAL)),
            required("state", ref("ThresholdExceededEventState")),
            optional("snmp", ref("ThresholdExceededEventSnmp"))));
  }

  private static ObjectType configDeployed() {
    dev.eventgen.model.ListType targets =
        new dev.eventgen.model.ListType(ref("DeploymentTarget"), 1, null, false);
    return object(
        "ConfigDeployedEvent",
        concat(
            envelope("deployment.config_deployed"),
            required("deploymentId", scalar(Kind.UUID)),
            required("targetDevices", targets),
            optional("tags", list(scalar(Kind.STRING)))));
  }
}
