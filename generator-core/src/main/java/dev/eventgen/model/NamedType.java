package dev.eventgen.model;

/** A type that becomes a Java type of its own. */
public sealed interface NamedType extends PayloadType permits ObjectType, EnumType, UnionType {

  /** Unique, stable name, already a valid PascalCase Java identifier. */
  String name();

  /** Title and description joined, or null. */
  String doc();

  boolean deprecated();
}
