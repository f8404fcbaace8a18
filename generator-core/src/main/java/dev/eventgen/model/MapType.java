package dev.eventgen.model;

/** A JSON object used as a map ({@code additionalProperties}); keys are strings. */
public record MapType(PayloadType values) implements PayloadType {}
