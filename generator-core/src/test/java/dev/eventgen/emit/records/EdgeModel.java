package dev.eventgen.emit.records;

import static dev.eventgen.emit.records.Models.constant;
import static dev.eventgen.emit.records.Models.documented;
import static dev.eventgen.emit.records.Models.list;
import static dev.eventgen.emit.records.Models.message;
import static dev.eventgen.emit.records.Models.object;
import static dev.eventgen.emit.records.Models.optional;
import static dev.eventgen.emit.records.Models.ref;
import static dev.eventgen.emit.records.Models.required;
import static dev.eventgen.emit.records.Models.scalar;

import dev.eventgen.model.Api;
import dev.eventgen.model.Channel;
import dev.eventgen.model.EnumType;
import dev.eventgen.model.Message;
import dev.eventgen.model.ObjectType;
import dev.eventgen.model.Property;
import dev.eventgen.model.Scalar.Kind;
import dev.eventgen.model.UnionType;
import java.util.List;
import java.util.Map;

/**
 * A model of the awkward cases: recursion, unions with and without a discriminator (one variant in
 * both), wrapped payloads, awkward property names, additional properties, every scalar kind,
 * deprecation, and doc text that tries to break out of Javadoc.
 */
final class EdgeModel {

  static final String NASTY_DOC = "Ends */ here, @param x <b>bold</b> & $1 \\u002A/ {@code y";

  private EdgeModel() {}

  static Api api() {
    return Models.api(
        "Edge Cases",
        List.of(
            new Channel(
                "drawings",
                null,
                null,
                null,
                List.of(),
                List.of("Drawing"),
                null,
                List.of(),
                Map.of()),
            Models.topic("shapes", "shapes/drawn", "shapes.drawn", "ShapeDrawn", "tag-list")),
        List.of(
            message("TreeChanged", null, ref("TreeNode")),
            message("ShapeDrawn", "A shape was drawn", ref("Shape")),
            message("tag-list", null, list(scalar(Kind.STRING))),
            message("Drawing", null, ref("Drawing")),
            deprecatedMessage(),
            message("Ping", null, null)),
        List.of(
            object(
                "TreeNode",
                required("name", scalar(Kind.STRING)),
                optional("children", list(ref("TreeNode")))),
            object(
                "Circle",
                required("kind", constant("circle")),
                required("radius", scalar(Kind.DOUBLE))),
            object(
                "Square",
                required("kind", constant("square")),
                required("side", scalar(Kind.DOUBLE))),
            object(
                "Polygon",
                required("sides", scalar(Kind.INT)),
                optional("name", scalar(Kind.STRING))),
            new UnionType(
                "Shape",
                "A shape.",
                false,
                "kind",
                List.of(ref("Circle"), ref("Square")),
                List.of("circle", "square")),
            new UnionType(
                "Figure", null, false, null, List.of(ref("Circle"), ref("Polygon")), List.of()),
            object(
                "Drawing",
                required("shape", ref("Shape")),
                optional("figures", list(ref("Figure"))),
                optional("legacy", ref("LegacyThing"))),
            awkward(),
            new ObjectType(
                "Labels",
                "Free-form labels.",
                false,
                List.of(required("name", scalar(Kind.STRING))),
                scalar(Kind.STRING)),
            allScalars(),
            new ObjectType(
                "LegacyThing",
                "Replaced by Drawing.",
                true,
                List.of(
                    new Property("oldName", scalar(Kind.STRING), false, "Use name.", true),
                    optional("colour", ref("OldColour"))),
                null),
            new EnumType("OldColour", null, true, Kind.STRING, List.of("red", "green")),
            // Names that shadow java.lang types and the nested Builder class.
            object("String", optional("text", scalar(Kind.STRING))),
            object("Deprecated", optional("since", scalar(Kind.STRING))),
            object("Builder", optional("name", scalar(Kind.STRING))),
            object("Empty")));
  }

  /** Keywords, separators, a leading digit, an Object method, and two names that collide. */
  static ObjectType awkward() {
    return object(
        "Awkward",
        required("class", scalar(Kind.STRING)),
        optional("default", scalar(Kind.INT)),
        optional("call-id", scalar(Kind.STRING)),
        optional("callId", scalar(Kind.STRING)),
        optional("x.y", scalar(Kind.STRING)),
        optional("2xx", scalar(Kind.STRING)),
        optional("hashCode", scalar(Kind.STRING)),
        optional("builder", scalar(Kind.STRING)),
        optional("tool", ref("Builder")),
        optional("label", ref("String")),
        optional("since", ref("Deprecated")));
  }

  static ObjectType allScalars() {
    return new ObjectType(
        "AllScalars",
        NASTY_DOC,
        false,
        List.of(
            documented(optional("text", scalar(Kind.STRING)), NASTY_DOC),
            optional("flag", scalar(Kind.BOOLEAN)),
            optional("count", scalar(Kind.INT)),
            optional("big", scalar(Kind.LONG)),
            optional("huge", scalar(Kind.BIG_INTEGER)),
            optional("ratio", scalar(Kind.DOUBLE)),
            optional("amount", scalar(Kind.BIG_DECIMAL)),
            optional("at", scalar(Kind.DATE_TIME)),
            optional("day", scalar(Kind.DATE)),
            optional("time", scalar(Kind.TIME)),
            optional("id", scalar(Kind.UUID)),
            optional("link", scalar(Kind.URI)),
            optional("blob", scalar(Kind.BYTES)),
            optional("anything", scalar(Kind.ANY))),
        null);
  }

  private static Message deprecatedMessage() {
    Message m = message("LegacyEvent", "Old event", ref("LegacyThing"));
    return new Message(
        m.name(),
        m.title(),
        m.summary(),
        m.description(),
        m.contentType(),
        m.payload(),
        null,
        null,
        null,
        null,
        null,
        true,
        null,
        List.of());
  }
}
