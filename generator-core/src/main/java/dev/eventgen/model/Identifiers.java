package dev.eventgen.model;

import java.util.Locale;
import java.util.Set;

/**
 * Turns spec names ({@code call.started}, {@code cvp-server}, {@code 2xx}) into Java-safe
 * identifiers. Pure functions: the same input always gives the same name, so output is stable
 * across runs.
 */
public final class Identifiers {

  private static final Set<String> KEYWORDS =
      Set.of(
          "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class",
          "const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
          "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
          "interface", "long", "native", "new", "package", "private", "protected", "public",
          "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
          "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false",
          "null", "var", "yield", "record", "sealed", "permits", "non-sealed", "_");

  private Identifiers() {}

  public static boolean isKeyword(String name) {
    return KEYWORDS.contains(name);
  }

  /** {@code call.started} -> {@code CallStarted}; never empty, never starts with a digit. */
  public static String pascalCase(String raw) {
    StringBuilder out = new StringBuilder();
    boolean upperNext = true;
    for (int i = 0; i < raw.length(); ) {
      int cp = raw.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp) && Character.isJavaIdentifierPart(cp)) {
        out.appendCodePoint(upperNext ? Character.toUpperCase(cp) : cp);
        upperNext = false;
      } else {
        upperNext = true;
      }
    }
    if (out.length() == 0) {
      return "Unnamed";
    }
    if (!Character.isJavaIdentifierStart(out.codePointAt(0))) {
      out.insert(0, '_');
    }
    return out.toString();
  }

  /** {@code CallStarted}, {@code call-started} -> {@code callStarted}; keywords get a {@code _}. */
  public static String camelCase(String raw) {
    String pascal = pascalCase(raw);
    if (pascal.startsWith("_")) {
      return pascal;
    }
    String camel = lowerLeadingCapitals(pascal);
    return isKeyword(camel) ? camel + "_" : camel;
  }

  /** {@code callStarted}, {@code call.started} -> {@code CALL_STARTED}. */
  public static String constantCase(String raw) {
    StringBuilder out = new StringBuilder();
    int prev = 0; // 0 = start/separator, 1 = lower or digit, 2 = upper
    for (int i = 0; i < raw.length(); ) {
      int cp = raw.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetterOrDigit(cp)) {
        prev = 0;
        if (out.length() > 0 && out.charAt(out.length() - 1) != '_') {
          out.append('_');
        }
        continue;
      }
      boolean upper = Character.isUpperCase(cp);
      boolean nextLower = i < raw.length() && Character.isLowerCase(raw.codePointAt(i));
      if (upper && (prev == 1 || prev == 2 && nextLower) && out.charAt(out.length() - 1) != '_') {
        out.append('_');
      }
      out.appendCodePoint(Character.toUpperCase(cp));
      prev = upper ? 2 : 1;
    }
    String name = out.toString().replaceAll("_+$", "");
    if (name.isEmpty()) {
      return "VALUE";
    }
    return Character.isJavaIdentifierStart(name.charAt(0)) ? name : "_" + name;
  }

  private static String lowerLeadingCapitals(String pascal) {
    // "URLPath" -> "urlPath", "ANI" -> "ani", "Call" -> "call"
    int n = 0;
    while (n < pascal.length() && Character.isUpperCase(pascal.charAt(n))) {
      n++;
    }
    if (n == 0) {
      return pascal;
    }
    if (n > 1 && n < pascal.length()) {
      n--;
    }
    return pascal.substring(0, n).toLowerCase(Locale.ROOT) + pascal.substring(n);
  }
}
