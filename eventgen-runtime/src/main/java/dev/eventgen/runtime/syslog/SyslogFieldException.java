package dev.eventgen.runtime.syslog;

/**
 * A field of a syslog message that cannot be read as the API declares it. Generated decoders turn
 * it into the listener's problem report. It carries no stack trace: it reports bad input.
 */
public final class SyslogFieldException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Kind kind;

  private final String field;

  private final long offset;

  /**
   * @param kind what is wrong with the field
   * @param message what happened, for people
   * @param field the field's flattened name, or null for the whole record
   * @param offset the byte offset of the value in the line, or -1 if unknown
   */
  public SyslogFieldException(Kind kind, String message, String field, long offset) {
    super(message, null, false, false);
    this.kind = kind;
    this.field = field;
    this.offset = offset;
  }

  /** What is wrong with the field. */
  public Kind kind() {
    return kind;
  }

  /** The field's flattened name ({@code source.hostname}), or null for the whole record. */
  public String field() {
    return field;
  }

  /** The byte offset of the value in the line, or -1 if unknown. */
  public long offset() {
    return offset;
  }

  /** The ways a field fails. */
  public enum Kind {
    /** The text does not convert to the field's type, or the record refuses the value. */
    INVALID_VALUE,

    /** The text is none of the enum's values. */
    UNKNOWN_ENUM_VALUE,

    /** A required field is absent. */
    MISSING_FIELD
  }
}
