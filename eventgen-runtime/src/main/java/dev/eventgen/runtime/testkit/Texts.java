package dev.eventgen.runtime.testkit;

import com.github.curiousoddman.rgxgen.RgxGen;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Random strings for a string schema: matching its {@code pattern} (from RgxGen, kept only if
 * Java's regex agrees), shaped by its {@code format} (email, ipv4, hostname, ...), of a length
 * within {@code minLength}..{@code maxLength}.
 */
final class Texts {

  /** How many candidates a pattern may take to also meet the length limits. */
  private static final int TRIES = 64;

  private static final String[] WORDS = {
    "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet",
    "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango"
  };

  private static final String ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyz0123456789";

  /** Parsed generators by regex; empty for patterns RgxGen cannot read. */
  private static final Map<String, Optional<RgxGen>> GENERATORS = new ConcurrentHashMap<>();

  private Texts() {}

  /** A string meeting pattern, format and length, or empty if none could be found. */
  static Optional<String> valid(Constraints c, Random random) {
    int min = c.minLength() == null ? 0 : c.minLength();
    int max = c.maxLength() == null ? Integer.MAX_VALUE : c.maxLength();
    if (min > max) {
      return Optional.empty();
    }
    Pattern pattern = c.pattern() == null ? null : Facets.compiled(c.pattern());
    if (pattern != null) {
      return fromPattern(c.pattern(), pattern, random, min, max, true);
    }
    String formatted = formatted(c.format(), random);
    if (formatted != null && length(formatted) >= min && length(formatted) <= max) {
      return Optional.of(formatted);
    }
    return Optional.of(ofLength(lengthIn(min, max, random), random));
  }

  /**
   * A string of a length outside the limits ({@code below}: shorter than minLength, else longer
   * than maxLength) that still matches the pattern, or empty.
   */
  static Optional<String> outsideLength(Constraints c, boolean below, Random random) {
    int length = below ? c.minLength() - 1 : c.maxLength() + 1;
    Pattern pattern = c.pattern() == null ? null : Facets.compiled(c.pattern());
    if (pattern == null) {
      return Optional.of(ofLength(length, random));
    }
    return fromPattern(c.pattern(), pattern, random, length, length, true);
  }

  /** A string within the length limits that the pattern does not match, or empty. */
  static Optional<String> notMatching(Constraints c, Random random) {
    Pattern pattern = Facets.compiled(c.pattern());
    if (pattern == null) {
      return Optional.empty();
    }
    int min = c.minLength() == null ? 0 : c.minLength();
    int max = c.maxLength() == null ? Integer.MAX_VALUE : c.maxLength();
    Optional<String> generated = fromPattern(c.pattern(), pattern, random, min, max, false);
    if (generated.isPresent()) {
      return generated;
    }
    for (int i = 0; i < TRIES; i++) {
      String candidate = ofLength(lengthIn(min, max, random), random);
      if (!pattern.matcher(candidate).find()) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> fromPattern(
      String regex, Pattern pattern, Random random, int min, int max, boolean matching) {
    RgxGen generator = GENERATORS.computeIfAbsent(regex, Texts::parse).orElse(null);
    if (generator == null) {
      return Optional.empty();
    }
    for (int i = 0; i < TRIES; i++) {
      String candidate;
      try {
        candidate = matching ? generator.generate(random) : generator.generateNotMatching(random);
      } catch (RuntimeException unsupported) {
        return Optional.empty();
      }
      int length = length(candidate);
      if (length >= min && length <= max && pattern.matcher(candidate).find() == matching) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static Optional<RgxGen> parse(String regex) {
    try {
      return Optional.of(RgxGen.parse(regex));
    } catch (RuntimeException unsupported) {
      return Optional.empty(); // a construct RgxGen does not know: no sample from it
    }
  }

  /** A value in the shape of a string {@code format}, or null for formats without one. */
  static String formatted(String format, Random random) {
    if (format == null) {
      return null;
    }
    String word = WORDS[random.nextInt(WORDS.length)];
    return switch (format.toLowerCase(Locale.ROOT)) {
      case "email", "idn-email" -> word + "." + random.nextInt(100) + "@example.com";
      case "hostname", "idn-hostname" -> word + "-" + random.nextInt(100) + ".example.com";
      case "ipv4" -> "192.0.2." + (1 + random.nextInt(254)); // RFC 5737 documentation range
      case "ipv6" -> "2001:db8::" + Integer.toHexString(1 + random.nextInt(0xfffe));
      case "uri", "url", "iri", "uri-reference", "iri-reference" ->
          "https://example.com/" + word + "/" + random.nextInt(1000);
      case "uuid" -> new java.util.UUID(random.nextLong(), random.nextLong()).toString();
      case "date-time" -> Scalars.dateTime(random);
      case "date" -> Scalars.dateTime(random).substring(0, 10);
      case "time" -> Scalars.dateTime(random).substring(11);
      default -> null;
    };
  }

  /** Letters and digits, starting with a word where it fits, of exactly {@code length} chars. */
  static String ofLength(int length, Random random) {
    StringBuilder text = new StringBuilder(WORDS[random.nextInt(WORDS.length)]);
    while (text.length() < length) {
      text.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
    }
    text.setLength(length);
    return text.toString();
  }

  /** A length in [min, max], usually 5 to 16 chars where the limits allow. */
  private static int lengthIn(int min, int max, Random random) {
    int low = Math.max(min, Math.min(5, max));
    int high = Math.min(max, Math.max(low, 16));
    return low + random.nextInt(high - low + 1);
  }

  private static int length(String text) {
    return text.codePointCount(0, text.length());
  }
}
