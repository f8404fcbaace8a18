package dev.eventgen.demo.model;

/**
 * Stands in for the API descriptor the records target generates: the generated JMS entry points
 * initialise it through {@link #requireRuntime()}.
 */
public final class DemoApi {

  private DemoApi() {}

  /** Does nothing; the generated descriptor checks the runtime version here. */
  public static void requireRuntime() {}
}
