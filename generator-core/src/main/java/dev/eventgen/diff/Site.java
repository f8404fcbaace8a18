package dev.eventgen.diff;

/**
 * Where a comparison stands: the subject named in messages and the JSON pointer of the element in
 * each version (they differ when an element moved).
 */
record Site(String subject, String before, String after) {

  static Site of(String subject, String pointer) {
    return new Site(subject, pointer, pointer);
  }

  /** The same element under another name in messages, e.g. a shared named type. */
  Site as(String newSubject) {
    return new Site(newSubject, before, after);
  }

  /** A child element: {@code field 'x'} at {@code .../properties/x}. */
  Site child(String name, String segment) {
    return new Site(subject + " " + name, before + "/" + segment, after + "/" + segment);
  }

  /** Deeper in the same element: same subject, pointer one segment further. */
  Site at(String segment) {
    return new Site(subject, before + "/" + segment, after + "/" + segment);
  }

  Site property(String wireName) {
    return child("field '" + wireName + "'", "properties/" + Locator.segment(wireName));
  }
}
