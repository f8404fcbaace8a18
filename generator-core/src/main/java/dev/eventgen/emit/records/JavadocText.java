package dev.eventgen.emit.records;

import java.util.regex.Pattern;

/**
 * Makes spec text safe inside a Javadoc comment. Text from the spec is untrusted: it must not close
 * the comment ({@code *}{@code /}), start a tag ({@code @}), inject HTML, or smuggle a unicode
 * escape that javac would decode before parsing. Callers pass the result as a {@code $L} argument,
 * so {@code $} needs no escaping.
 */
final class JavadocText {

  /** Text width of a Javadoc line; leaves room for the indentation of nested members. */
  private static final int WIDTH = 92;

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
        case '\r' -> {}
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

  /**
   * Breaks long lines at spaces so that, behind the comment's {@code " * "}, generated Javadoc
   * stays within 100 columns; continuation lines start with {@code indent}. Line breaks are kept.
   */
  static String wrap(String text, String indent) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (String line : text.split("\n", -1)) {
      if (out.length() > 0) {
        out.append('\n');
      }
      int start = out.length();
      int lead = line.length() - line.stripLeading().length();
      out.append(line, 0, lead);
      for (String word : line.substring(lead).split(" ")) {
        int used = out.length() - start;
        if (used > lead && used + 1 + word.length() > WIDTH) {
          out.append('\n').append(indent);
          start = out.length() - indent.length();
        } else if (used > lead) {
          out.append(' ');
        }
        out.append(word);
      }
    }
    return out.toString();
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
