package dev.eventgen.model;

/**
 * A property of an {@link ObjectType}.
 *
 * @param wireName the JSON name, exactly as in the spec
 * @param type its type; a {@link Scalar} carries const/pattern/range constraints
 * @param doc title and description joined, or null
 */
public record Property(
    String wireName, PayloadType type, boolean required, String doc, boolean deprecated) {}
