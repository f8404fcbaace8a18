package dev.eventgen.parse;

/** A 1-based line and column in a spec file. */
public record Position(int line, int column) {

  /** The start of a file: where problems about the file as a whole are reported. */
  public static final Position START = new Position(1, 1);
}
