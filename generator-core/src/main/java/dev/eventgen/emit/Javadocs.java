package dev.eventgen.emit;

import java.util.regex.Pattern;

/**
 * Javadoc text for generated code, for every target. Text from the spec is untrusted: {@link
 * #escape} keeps it from closing the comment ({@code *}{@code /}), starting a tag ({@code @}),
 * injecting HTML, or smuggling a unicode escape that javac would decode before parsing. {@link
 * #wrap} breaks lines to the width of the rest of the output, since JavaPoet wraps code but never
 * comments. Callers pass the result as a {@code $L} argument, so {@code $} needs no escaping.
 */
public final class Javadocs {

  /** Text width of a Javadoc line; leaves room for the indentation of nested members. */
  private static final int WIDTH = 92;

  private static final Pattern PLAIN_CODE = Pattern.compile("[A-Za-z0-9 ._:/+#=,;-]*");

  private Javadocs() {}

  /** Escapes free text; line breaks are kept, surrounding white space is not. */
  public static String escape(String text) {
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
  public static String code(String value) {
    if (PLAIN_CODE.matcher(value).matches()) {
      return "{@code " + value + "}";
    }
    return "<code>" + escape(value) + "</code>";
  }

  /** The doc text, escaped, as a sentence ending in a period, or an empty string for no doc. */
  public static String sentence(String doc) {
    if (doc == null || doc.isBlank()) {
      return "";
    }
    String text = escape(doc);
    return text.endsWith(".") ? text : text + ".";
  }

  /**
   * Breaks long lines at spaces. Continuation lines keep the line's indent, plus four spaces under
   * a block tag such as {@code @param}.
   */
  public static String wrap(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (String line : text.split("\n", -1)) {
      String indent = line.substring(0, line.length() - line.stripLeading().length());
      String continuation = line.stripLeading().startsWith("@") ? indent + "    " : indent;
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(wrap(line, continuation));
    }
    return out.toString();
  }

  /**
   * Breaks long lines at spaces so that, behind the comment's {@code " * "}, generated Javadoc
   * stays within 100 columns; continuation lines start with {@code indent}. Line breaks are kept.
   */
  public static String wrap(String text, String indent) {
    return wrap(text, indent, WIDTH);
  }

  /** {@link #wrap(String, String)} to another width, e.g. for a line comment. */
  static String wrap(String text, String indent, int width) {
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
        if (used > lead && used + 1 + word.length() > width) {
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
}
