package dev.eventgen.emit.records;

/** Java source text for char values taken from a spec. */
final class JavaChars {

  private JavaChars() {}

  /**
   * A char literal: printable ASCII as itself, anything else as an escape. A line break, quote or
   * backslash is never written as a unicode escape, which javac would decode before parsing.
   */
  static String literal(char c) {
    return switch (c) {
      case '\'' -> "'\\''";
      case '\\' -> "'\\\\'";
      case '\n' -> "'\\n'";
      case '\r' -> "'\\r'";
      case '\t' -> "'\\t'";
      case '\b' -> "'\\b'";
      case '\f' -> "'\\f'";
      default -> c >= ' ' && c <= '~' ? "'" + c + "'" : String.format("'\\u%04x'", (int) c);
    };
  }
}
