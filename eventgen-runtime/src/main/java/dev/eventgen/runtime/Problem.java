package dev.eventgen.runtime;

import java.util.Objects;

/**
 * Why a received message could not be delivered as a typed event: what went wrong, and where.
 *
 * @param kind the category of the problem
 * @param message a human-readable explanation naming the offending value
 * @param field path of the offending field ({@code source.hostname}, {@code
 *     targetDevices[2].status}), or null if the problem is not about one field
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

  /** {@code INVALID_VALUE at source.hostname (byte 42): ...} */
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

  /** Categories of problems, so listeners can react without parsing text. */
  public enum Kind {
    /** The body is not well-formed (not JSON, not a syslog frame). */
    SYNTAX,

    /** A required field is absent or null. */
    MISSING_FIELD,

    /** A field has the wrong type, or violates a constraint such as a const. */
    INVALID_VALUE,

    /** A field holds a value its enumeration does not list. */
    UNKNOWN_ENUM_VALUE,

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
