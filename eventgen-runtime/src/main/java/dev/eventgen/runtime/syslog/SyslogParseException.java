package dev.eventgen.runtime.syslog;

/**
 * A syslog line that cannot be read: the byte offset (from the start of the line) where reading
 * stopped and what was expected there.
 *
 * <p>It carries no stack trace: it reports bad input, not a bug, and receivers may see floods of
 * it.
 */
public final class SyslogParseException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int offset;

  private final String expected;

  private final boolean tooLarge;

  /**
   * @param offset byte offset from the start of the line
   * @param expected what was expected there
   * @param found what was found there, for the message
   * @param tooLarge true if the line is refused for its size
   */
  public SyslogParseException(int offset, String expected, String found, boolean tooLarge) {
    super(
        "expected " + expected + " at offset " + offset + " but found " + found,
        null,
        false,
        false);
    this.offset = offset;
    this.expected = expected;
    this.tooLarge = tooLarge;
  }

  /** The byte offset, from the start of the line. */
  public int offset() {
    return offset;
  }

  /** What was expected at the offset, e.g. {@code "'>' after PRI"}. */
  public String expected() {
    return expected;
  }

  /** True if the line was refused for its size rather than its content. */
  public boolean tooLarge() {
    return tooLarge;
  }
}
