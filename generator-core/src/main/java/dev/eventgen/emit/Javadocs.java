package dev.eventgen.emit;

import java.util.ArrayList;
import java.util.List;

/**
 * Javadoc text for generated code: wrapped to the line width of the rest of the output, since
 * JavaPoet wraps code but never comments.
 */
public final class Javadocs {

  /** Width of the comment text itself; with the indent and {@code * } lines stay under 100. */
  private static final int WIDTH = 92;

  private Javadocs() {}

  /**
   * Wraps every line longer than the width at spaces. Continuation lines keep the line's indent,
   * plus four spaces under a block tag such as {@code @param}.
   */
  public static String wrap(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      wrapLine(line, out);
    }
    return String.join("\n", out);
  }

  private static void wrapLine(String line, List<String> out) {
    String indent = line.substring(0, line.length() - line.stripLeading().length());
    String continuation = line.stripLeading().startsWith("@") ? indent + "    " : indent;
    String rest = line;
    while (rest.length() > WIDTH) {
      int cut = rest.lastIndexOf(' ', WIDTH);
      if (cut <= continuation.length()) {
        break; // one word longer than the width: leave it whole
      }
      out.add(rest.substring(0, cut));
      rest = continuation + rest.substring(cut + 1).stripLeading();
    }
    out.add(rest);
  }

  /** Makes spec text safe inside a Javadoc comment. */
  public static String escape(String text) {
    return text.replace("*/", "*&#47;").replace("@", "{@literal @}");
  }
}
