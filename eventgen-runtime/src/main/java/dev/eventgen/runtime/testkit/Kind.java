package dev.eventgen.runtime.testkit;

/** The Java type a scalar of a {@link SampleSchema} is read as. */
enum Kind {
  STRING,
  BOOLEAN,
  INT,
  LONG,
  BIG_INTEGER,
  DOUBLE,
  BIG_DECIMAL,
  DATE_TIME,
  DATE,
  TIME,
  UUID,
  URI,
  BYTES,
  ANY;

  /** The kind of a scalar type node, ANY for one this version does not know. */
  static Kind of(String name) {
    for (Kind kind : values()) {
      if (kind.name().equals(name)) {
        return kind;
      }
    }
    return ANY;
  }
}
