package dev.eventgen.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns spec names ({@code call.started}, {@code cvp-server}, {@code 2xx}) into Java-safe
 * identifiers. Pure functions: the same input always gives the same name, so output is stable
 * across runs.
 */
public final class Identifiers {

  private static final Set<String> KEYWORDS =
      Set.of(
          "abstract",
          "assert",
          "boolean",
          "break",
          "byte",
          "case",
          "catch",
          "char",
          "class",
          "const",
          "continue",
          "default",
          "do",
          "double",
          "else",
          "enum",
          "extends",
          "final",
          "finally",
          "float",
          "for",
          "goto",
          "if",
          "implements",
          "import",
          "instanceof",
          "int",
          "interface",
          "long",
          "native",
          "new",
          "package",
          "private",
          "protected",
          "public",
          "return",
          "short",
          "static",
          "strictfp",
          "super",
          "switch",
          "synchronized",
          "this",
          "throw",
          "throws",
          "transient",
          "try",
          "void",
          "volatile",
          "while",
          "true",
          "false",
          "null",
          "var",
          "yield",
          "record",
          "sealed",
          "permits",
          "non-sealed",
          "_");

  /** A Java class name written out with its package, as springwolf names schemas. */
  private static final Pattern QUALIFIED =
      Pattern.compile("[a-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*\\.[A-Z][\\w$]*");

  private Identifiers() {}

  /**
   * A type name for a spec name: {@link #pascalCase}, but a qualified Java class name loses its
   * package ({@code io.acme.dtos.OrderDto} -> {@code OrderDto}), and a generic one keeps its type
   * arguments' simple names ({@code io.acme.dtos.PageIo.acme.dtos.OrderDto}, springwolf's spelling
   * of {@code Page<OrderDto>}, -> {@code PageOrderDto}).
   */
  public static String typeName(String raw) {
    return typeNameCandidates(raw).get(0);
  }

  /**
   * Type names for a spec name, from the preferred one ({@link #typeName}) to the most qualified:
   * for a qualified class name, each further one is prefixed with one more package segment, from
   * the nearest ({@code DtosOrderDto}, {@code AcmeDtosOrderDto}, ...), the last being {@link
   * #pascalCase} of the whole name; otherwise just that.
   */
  public static List<String> typeNameCandidates(String raw) {
    String full = pascalCase(raw);
    if (!QUALIFIED.matcher(raw).matches()) {
      return List.of(full);
    }
    String[] segments = raw.split("\\.");
    List<String> packages = new ArrayList<>();
    StringBuilder simple = new StringBuilder();
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      if (Character.isLowerCase(segment.charAt(0)) || segment.charAt(0) == '_') {
        if (simple.length() == 0) {
          packages.add(segment);
        }
        continue;
      }
      boolean gluedToPackage =
          i + 1 < segments.length && !Character.isUpperCase(segments[i + 1].charAt(0));
      simple.append(gluedToPackage ? withoutLastWord(segment) : segment);
    }
    List<String> candidates = new ArrayList<>();
    String name = pascalCase(simple.toString());
    candidates.add(name);
    for (int i = packages.size() - 1; i >= 0; i--) {
      name = pascalCase(packages.get(i)) + name;
      candidates.add(name);
    }
    if (!candidates.contains(full)) {
      candidates.add(full);
    }
    return List.copyOf(candidates);
  }

  /** {@code GenericPayloadDtoIo} -> {@code GenericPayloadDto}: the next package's capital. */
  private static String withoutLastWord(String segment) {
    int last = segment.length() - 1;
    while (last > 0 && !Character.isUpperCase(segment.charAt(last))) {
      last--;
    }
    return last > 0 ? segment.substring(0, last) : segment;
  }

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
