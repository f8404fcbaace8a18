package dev.eventgen.runtime;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;

/**
 * The string formats of JSON Schema that records check: those mapped to Java types ({@code
 * date-time}, {@code date}, {@code time}, {@code uuid}, {@code uri}) when a value is held as text,
 * and {@code email}, {@code ipv4}, {@code ipv6}, {@code hostname}, which stay strings. Any other
 * format is an annotation and passes (the generator warns about it).
 */
public final class Formats {
  private Formats() {}

  /** True for the formats {@link #valid} checks. */
  public static boolean known(String format) {
    return switch (format) {
      case "date-time", "date", "time", "uuid", "uri", "email", "ipv4", "ipv6", "hostname" -> true;
      default -> false;
    };
  }

  /** True if {@code text} is a valid value of {@code format}, or the format is not checked. */
  public static boolean valid(String format, String text) {
    return switch (format) {
      case "date-time" -> parses(() -> OffsetDateTime.parse(text.toUpperCase(Locale.ROOT)));
      case "date" -> parses(() -> LocalDate.parse(text));
      case "time" -> parses(() -> OffsetTime.parse(text.toUpperCase(Locale.ROOT)));
      case "uuid" -> uuid(text);
      case "uri" -> uri(text);
      case "email" -> email(text);
      case "ipv4" -> ipv4(text);
      case "ipv6" -> ipv6(text);
      case "hostname" -> hostname(text);
      default -> true;
    };
  }

  private static boolean parses(Runnable parse) {
    try {
      parse.run();
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** The 8-4-4-4-12 hex form only ({@code UUID.fromString} also takes shorter groups). */
  private static boolean uuid(String text) {
    if (text.length() != 36) {
      return false;
    }
    for (int i = 0; i < 36; i++) {
      char c = text.charAt(i);
      boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
      if (dash ? c != '-' : Character.digit(c, 16) < 0) {
        return false;
      }
    }
    UUID.fromString(text);
    return true;
  }

  private static boolean uri(String text) {
    try {
      return new URI(text).isAbsolute();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** A local part and a domain, both non-empty, around one {@code @}; no spaces. */
  private static boolean email(String text) {
    int at = text.lastIndexOf('@');
    return at > 0
        && at < text.length() - 1
        && text.indexOf('@') == at
        && text.chars().noneMatch(Character::isWhitespace);
  }

  /** Four decimal octets 0-255, without leading zeros. */
  static boolean ipv4(String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String part : parts) {
      if (part.isEmpty() || part.length() > 3 || part.length() > 1 && part.charAt(0) == '0') {
        return false;
      }
      for (int i = 0; i < part.length(); i++) {
        if (part.charAt(i) < '0' || part.charAt(i) > '9') {
          return false;
        }
      }
      if (Integer.parseInt(part) > 255) {
        return false;
      }
    }
    return true;
  }

  /**
   * Eight groups of 1-4 hex digits, one {@code ::} standing for omitted groups, and an IPv4 tail
   * counting as two.
   */
  static boolean ipv6(String text) {
    int elided = text.indexOf("::");
    if (elided >= 0 && text.indexOf("::", elided + 1) >= 0) {
      return false;
    }
    String[] groups =
        elided >= 0
            ? (text.substring(0, elided) + ":x:" + text.substring(elided + 2)).split(":", -1)
            : text.split(":", -1);
    int count = 0;
    for (int i = 0; i < groups.length; i++) {
      String group = groups[i];
      boolean edge = i == 0 || i == groups.length - 1;
      if (group.equals("x") && elided >= 0) {
        continue;
      }
      if (group.isEmpty() && elided >= 0 && edge) {
        continue; // "::1" and "1::" leave an empty group at the edge
      }
      if (i == groups.length - 1 && group.contains(".")) {
        if (!ipv4(group)) {
          return false;
        }
        count += 2;
        continue;
      }
      if (group.isEmpty() || group.length() > 4 || !hex(group)) {
        return false;
      }
      count++;
    }
    return elided >= 0 ? count < 8 : count == 8;
  }

  private static boolean hex(String group) {
    return group.chars().allMatch(c -> Character.digit(c, 16) >= 0 && c < 128);
  }

  /** RFC 1123: dot-separated labels of 1-63 letters, digits and inner hyphens, 253 at most. */
  static boolean hostname(String text) {
    if (text.isEmpty() || text.length() > 253) {
      return false;
    }
    for (String label : text.split("\\.", -1)) {
      if (label.isEmpty()
          || label.length() > 63
          || label.startsWith("-")
          || label.endsWith("-")
          || !label.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '-'))) {
        return false;
      }
    }
    return true;
  }
}
