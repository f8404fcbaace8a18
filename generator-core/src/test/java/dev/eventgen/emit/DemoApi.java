package dev.eventgen.emit;

import dev.eventgen.model.Api;
import dev.eventgen.model.Channel;
import dev.eventgen.model.EnumType;
import dev.eventgen.model.JmsDestination;
import dev.eventgen.model.Message;
import dev.eventgen.model.ObjectType;
import dev.eventgen.model.Operation;
import dev.eventgen.model.PayloadType;
import dev.eventgen.model.Property;
import dev.eventgen.model.Scalar;
import dev.eventgen.model.TypeRef;
import java.util.List;
import java.util.Map;

/**
 * A small hand-built model exercising what the transport targets care about: a topic channel with
 * one message, a queue channel with two messages told apart by {@code eventType}, a channel without
 * a JMS binding, application headers and a correlation id. The records it needs are hand-written in
 * {@code dev.eventgen.demo.model}.
 */
public final class DemoApi {

  public static final String BASE_PACKAGE = "dev.eventgen.demo";

  private DemoApi() {}

  public static JavaNames names() {
    return new JavaNames(api(), BASE_PACKAGE, "Demo");
  }

  public static Api api() {
    return new Api(
        "3.0.0",
        "Demo Events API",
        "1.2.3",
        "Events for tests.",
        "0".repeat(64),
        List.of(),
        List.of(
            new Channel(
                "local",
                "demo/local",
                null,
                null,
                List.of(),
                List.of("EndedEvent"),
                null,
                List.of(),
                Map.of()),
            channel("mixed", List.of("EndedEvent", "StartedEvent"), JmsDestination.Kind.QUEUE),
            channel("started", List.of("StartedEvent"), JmsDestination.Kind.TOPIC)),
        List.of(
            new Operation(
                "onStarted",
                Operation.Action.SEND,
                "started",
                List.of("StartedEvent"),
                null,
                null)),
        List.of(
            message("EndedEvent", "Ended", "demo.ended", "A thing ended"),
            message("StartedEvent", "Started", "demo.started", "A thing started")),
        List.of(
            new EnumType("Color", null, false, Scalar.Kind.STRING, List.of("red", "dark-blue")),
            object(
                "DemoHeaders",
                prop("demoEventId", Scalar.of(Scalar.Kind.UUID), true),
                prop("demoEventType", Scalar.of(Scalar.Kind.STRING), true),
                prop("demoSourceHostname", Scalar.of(Scalar.Kind.STRING), false),
                prop("demoCount", Scalar.of(Scalar.Kind.LONG), false),
                prop("demoColor", new TypeRef("Color"), false),
                prop("demoUnmapped", Scalar.of(Scalar.Kind.STRING), false)),
            object(
                "Ended",
                prop("eventType", Scalar.of(Scalar.Kind.STRING), true),
                prop("id", Scalar.of(Scalar.Kind.UUID), true),
                prop("durationSeconds", Scalar.of(Scalar.Kind.LONG), true)),
            object(
                "Source",
                prop("hostname", Scalar.of(Scalar.Kind.STRING), true),
                prop("port", Scalar.of(Scalar.Kind.INT), false)),
            object(
                "Started",
                prop("eventType", Scalar.of(Scalar.Kind.STRING), true),
                prop("id", Scalar.of(Scalar.Kind.UUID), true),
                prop("at", Scalar.of(Scalar.Kind.DATE_TIME), false),
                prop("color", new TypeRef("Color"), false),
                prop("source", new TypeRef("Source"), false),
                prop("count", Scalar.of(Scalar.Kind.LONG), false))));
  }

  private static Channel channel(String name, List<String> messages, JmsDestination.Kind kind) {
    return new Channel(
        name,
        "demo/" + name,
        null,
        null,
        List.of(),
        messages,
        new JmsDestination("demo." + name, kind),
        List.of(),
        Map.of());
  }

  private static Message message(String name, String payload, String eventType, String summary) {
    return new Message(
        name,
        payload,
        summary,
        "Sent when it happens.",
        "application/json",
        new TypeRef(payload),
        new TypeRef("DemoHeaders"),
        null,
        "$message.payload#/id",
        "eventType",
        eventType,
        false,
        null,
        List.of());
  }

  private static ObjectType object(String name, Property... properties) {
    return new ObjectType(name, null, false, List.of(properties), null);
  }

  private static Property prop(String name, PayloadType type, boolean required) {
    return new Property(name, type, required, null, false);
  }
}
