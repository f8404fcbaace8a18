package dev.eventgen.parse;

/** The layouts of the AsyncAPI versions eventgen reads. */
public enum SpecVersion {
  /** 2.0.0 to 2.6.0. */
  V2,
  /** 3.0.0 and 3.1.0, which keeps 3.0's layout. */
  V3;

  /** The version of an {@code asyncapi} field value, or null if it is not supported. */
  public static SpecVersion of(String asyncapi) {
    if (asyncapi == null) {
      return null;
    }
    if (asyncapi.matches("2\\.[0-6]\\.0")) {
      return V2;
    }
    return asyncapi.matches("3\\.[01]\\.0") ? V3 : null;
  }
}
