package dev.eventgen.parse;

/** The AsyncAPI versions eventgen reads, and the asyncapi-core class that binds each. */
public enum SpecVersion {
  /** 2.0.0 to 2.6.0; bound with the 2.6 classes, which read every 2.x document. */
  V2(com.asyncapi.v2._6_0.model.AsyncAPI.class),
  /** 3.0.0. */
  V3(com.asyncapi.v3._0_0.model.AsyncAPI.class);

  private final Class<?> boundClass;

  SpecVersion(Class<?> boundClass) {
    this.boundClass = boundClass;
  }

  public Class<?> boundClass() {
    return boundClass;
  }

  /** The version of an {@code asyncapi} field value, or null if it is not supported. */
  public static SpecVersion of(String asyncapi) {
    if (asyncapi == null) {
      return null;
    }
    if (asyncapi.matches("2\\.[0-6]\\.0")) {
      return V2;
    }
    return asyncapi.equals("3.0.0") ? V3 : null;
  }
}
