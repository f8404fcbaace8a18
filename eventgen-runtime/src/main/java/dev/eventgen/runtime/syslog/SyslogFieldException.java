package dev.eventgen.runtime.syslog;

import dev.eventgen.runtime.JsonPointers;
import dev.eventgen.runtime.Problem;

/**
 * A field of a syslog message that cannot be read as the API declares it. Generated decoders turn
 * it into the listener's problem report. It carries no stack trace: it reports bad input.
 */
public final class SyslogFieldException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Problem.Kind kind;

  private final String field;

  private final long offset;

  /**
   * @param kind what is wrong with the field
   * @param message what happened, for people
   * @param field the field's flattened name, or null for the whole record
   * @param offset the byte offset of the value in the line, or -1 if unknown
   */
  public SyslogFieldException(Problem.Kind kind, String message, String field, long offset) {
    super(message, null, false, false);
    this.kind = kind;
    this.field = field;
    this.offset = offset;
  }

  /** What is wrong with the field. */
  public Problem.Kind kind() {
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

  /**
   * The listener's report: the field as a JSON pointer ({@code icm.routerCallKey} is {@code
   * /icm/routerCallKey}), as for JSON bodies.
   */
  public Problem problem() {
    return new Problem(kind, getMessage(), JsonPointers.ofDotted(field), offset);
  }
}
