package dev.eventgen.model;

/** A JSON array. */
public record ListType(PayloadType items, Integer minItems, Integer maxItems, boolean uniqueItems)
    implements PayloadType {

  public static ListType of(PayloadType items) {
    return new ListType(items, null, null, false);
  }
}
