package dev.eventgen.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * A single value.
 *
 * @param kind what Java type it maps to, chosen from {@code type}, {@code format} and range
 * @param constraints validation facets of the schema (may be {@link Constraints#NONE})
 */
public record Scalar(Kind kind, Constraints constraints) implements PayloadType {

  public static Scalar of(Kind kind) {
    return new Scalar(kind, Constraints.NONE);
  }

  /** Scalar kinds; {@link #ANY} is a schema without a usable type (Jackson {@code Object}). */
  public enum Kind {
    STRING,
    BOOLEAN,
    INT,
    LONG,
    BIG_INTEGER,
    DOUBLE,
    BIG_DECIMAL,
    DATE_TIME,
    DATE,
    TIME,
    UUID,
    URI,
    BYTES,
    ANY
  }

  /**
   * Validation facets. Every field is optional (null when absent).
   *
   * @param constValue the {@code const} value as a Java value (String, Long, BigDecimal, Boolean)
   * @param multipleOf the {@code multipleOf} divisor
   * @param untypedSchema for a value of no one Java type ({@link Kind#ANY}), the schema whose rules
   *     the generated record still checks; null if there are none
   */
  public record Constraints(
      Object constValue,
      String pattern,
      Integer minLength,
      Integer maxLength,
      BigDecimal minimum,
      BigDecimal maximum,
      boolean exclusiveMinimum,
      boolean exclusiveMaximum,
      String format,
      BigDecimal multipleOf,
      JsonNode untypedSchema) {

    public static final Constraints NONE =
        new Constraints(null, null, null, null, null, null, false, false, null);

    /** Facets without {@code multipleOf} and without an untyped schema. */
    public Constraints(
        Object constValue,
        String pattern,
        Integer minLength,
        Integer maxLength,
        BigDecimal minimum,
        BigDecimal maximum,
        boolean exclusiveMinimum,
        boolean exclusiveMaximum,
        String format) {
      this(
          constValue,
          pattern,
          minLength,
          maxLength,
          minimum,
          maximum,
          exclusiveMinimum,
          exclusiveMaximum,
          format,
          null,
          null);
    }

    /** These facets with the rules of an untyped value's schema. */
    public Constraints withUntypedSchema(JsonNode schema) {
      return new Constraints(
          constValue,
          pattern,
          minLength,
          maxLength,
          minimum,
          maximum,
          exclusiveMinimum,
          exclusiveMaximum,
          format,
          multipleOf,
          schema);
    }
  }
}
