package dev.eventgen.model;

/** A reference to a {@link NamedType} by name; resolve it with {@link Api#resolve(TypeRef)}. */
public record TypeRef(String name) implements PayloadType {}
