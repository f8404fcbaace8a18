package dev.eventgen.runtime.testkit;

/** The rule of the spec an {@link InvalidSample} breaks; each breaks exactly one. */
public enum Rule {
  /** A required property is absent. */
  MISSING_REQUIRED,
  /** A value of another JSON type: a boolean for a string, a string for a number, ... */
  WRONG_TYPE,
  /** A number below {@code minimum} or above {@code maximum} (exclusive ones included). */
  OUT_OF_RANGE,
  /**
   * A string shorter than {@code minLength} or longer than {@code maxLength}, or a list outside
   * {@code minItems}/{@code maxItems}.
   */
  LENGTH,
  /** A string that does not match the {@code pattern}. */
  PATTERN,
  /** A value that is none of the {@code enum} values. */
  ENUM,
  /** A value other than the {@code const} one. */
  CONST
}
