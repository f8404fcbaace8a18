package dev.eventgen.runtime;

import java.util.Objects;

/**
 * Why a received message could not be delivered as a typed event: what went wrong, and where.
 *
 * @param kind the category of the problem
 * @param message a human-readable explanation naming the offending value
 * @param field where in the payload: an RFC 6901 JSON pointer ({@code /source/hostname}, {@code
 *     /targetDevices/2/status}; syslog fields by their flattened names, {@code icm.routerCallKey}
 *     as {@code /icm/routerCallKey}), a transport-level name such as {@code MSGID} for a problem of
 *     the envelope, or null if the problem is not about one field
 * @param offset byte offset in the body where the problem was found, or -1 if unknown
 */
public record Problem(Problem.Kind kind, String message, String field, long offset) {
  /** Checks that kind and message are present. */
  public Problem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
  }

  /** A problem about the message as a whole: no field, no offset. */
  public static Problem of(Kind kind, String message) {
    return new Problem(kind, message, null, -1);
  }

  /** {@code WRONG_TYPE at /source/port (byte 42): ...} */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(kind.name());
    if (field != null) {
      text.append(" at ").append(field);
    }
    if (offset >= 0) {
      text.append(" (byte ").append(offset).append(')');
    }
    return text.append(": ").append(message).toString();
  }

  /**
   * Categories of problems, one per reason a payload is refused, so listeners can react without
   * parsing text.
   */
  public enum Kind {
    /** The body is not well-formed: not JSON, truncated, not UTF-8, not a syslog frame. */
    SYNTAX,

    /** A required field is absent or null. */
    MISSING_FIELD,

    /** A value of the wrong JSON type: text for a number, a fraction for an integer, ... */
    WRONG_TYPE,

    /** Text of the right type that is no valid value of its format: date-time, uuid, uri, ... */
    INVALID_FORMAT,

    /** A value its enumeration does not list. */
    UNKNOWN_ENUM_VALUE,

    /** A value other than the schema's {@code const}. */
    CONST_MISMATCH,

    /** A number outside {@code minimum}, {@code maximum} or their exclusive forms. */
    OUT_OF_RANGE,

    /** A number that is no multiple of the schema's {@code multipleOf}. */
    NOT_MULTIPLE_OF,

    /** Text shorter than {@code minLength} or longer than {@code maxLength} code points. */
    LENGTH,

    /** Text that does not match the schema's {@code pattern}. */
    PATTERN_MISMATCH,

    /** An array with fewer than {@code minItems} or more than {@code maxItems} items. */
    ITEM_COUNT,

    /** An array with {@code uniqueItems} holding the same value twice. */
    DUPLICATE_ITEMS,

    /** An object with fewer than {@code minProperties} or more than {@code maxProperties}. */
    PROPERTY_COUNT,

    /** A property the schema does not allow ({@code additionalProperties: false}). */
    UNEXPECTED_PROPERTY,

    /**
     * A value the schema forbids outright: a {@code false} schema, or one matching a {@code not}.
     */
    FORBIDDEN_VALUE,

    /** A value that matches no variant of a {@code oneOf}/{@code anyOf}, or several of a oneOf. */
    NO_MATCHING_VARIANT,

    /** The message maps to no message of the API. */
    UNKNOWN_MESSAGE,

    /** The body exceeds the configured size limit; it was not parsed. */
    TOO_LARGE,

    /** The transport failed to hand over the message (e.g. a JMS error). */
    TRANSPORT,

    /**
     * A header the spec's message headers schema requires (a JMS property) is absent; {@link
     * Problem#field()} names it.
     */
    MISSING_HEADER
  }
}
