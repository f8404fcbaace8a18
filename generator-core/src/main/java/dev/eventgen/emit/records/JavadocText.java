package dev.eventgen.emit.records;

import java.util.regex.Pattern;

/**
 * Makes spec text safe inside a Javadoc comment. Text from the spec is untrusted: it must not close
 * the comment ({@code *}{@code /}), start a tag ({@code @}), inject HTML, or smuggle a unicode
 * escape that javac would decode before parsing. Callers pass the result as a {@code $L} argument,
 * so {@code $} needs no escaping.
 */
final class JavadocText {

  private static final Pattern PLAIN_CODE = Pattern.compile("[A-Za-z0-9 ._:/+#=,;-]*");

  private JavadocText() {}

  /** Escapes free text; line breaks are kept. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '@' -> out.append("&#64;");
        case '\\' -> out.append("&#92;");
        case '/' -> out.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
        case '\r' -> { }
        default -> out.append(c);
      }
    }
    return out.toString().strip();
  }

  /** A literal value in code font: {@code {@code x}} when that is safe, else HTML. */
  static String code(String value) {
    if (PLAIN_CODE.matcher(value).matches()) {
      return "{@code " + value + "}";
    }
    return "<code>" + escape(value) + "</code>";
  }

  /** The doc text as a sentence ending in a period, or an empty string for no doc. */
  static String sentence(String doc) {
    if (doc == null || doc.isBlank()) {
      return "";
    }
    String text = escape(doc);
    return text.endsWith(".") ? text : text + ".";
  }
}
