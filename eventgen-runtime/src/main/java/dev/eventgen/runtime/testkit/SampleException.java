package dev.eventgen.runtime.testkit;

/** The schema admits no value this generator can find, at the place named. */
public final class SampleException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * @param pointer JSON pointer of the value, {@code ""} for the payload itself
   * @param why what stood in the way
   */
  public SampleException(String pointer, String why) {
    super((pointer.isEmpty() ? "/" : pointer) + ": " + why);
  }
}
