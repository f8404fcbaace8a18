package dev.eventgen.runtime.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

/** Random values of a scalar schema, within its facets; the const value where there is one. */
final class Scalars {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** Samples fall in 2026, so they are deterministic yet plausible. */
  private static final OffsetDateTime EPOCH =
      OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

  private static final int SECONDS_A_YEAR = 365 * 24 * 3600;

  /** Width of the window numbers are drawn from when the schema bounds only one side. */
  private static final BigDecimal WINDOW = BigDecimal.valueOf(1000);

  private Scalars() {}

  /** A valid value, or empty if the facets admit none this generator can find. */
  static Optional<JsonNode> valid(Kind kind, Constraints c, Random random) {
    if (c.constValue() != null) {
      JsonNode constant = c.constValue().deepCopy();
      return Facets.readable(kind, constant) ? Optional.of(constant) : Optional.empty();
    }
    return switch (kind) {
      case STRING -> Texts.valid(c, random).map(JSON::textNode);
      case BOOLEAN -> Optional.of(JSON.booleanNode(random.nextBoolean()));
      case INT, LONG, BIG_INTEGER -> integer(kind, c, random).map(JSON::numberNode);
      case DOUBLE, BIG_DECIMAL -> decimal(kind, c, random);
      case DATE_TIME -> Optional.of(JSON.textNode(dateTime(random)));
      case DATE -> Optional.of(JSON.textNode(dateTime(random).substring(0, 10)));
      case TIME -> Optional.of(JSON.textNode(dateTime(random).substring(11)));
      case UUID ->
          Optional.of(JSON.textNode(new UUID(random.nextLong(), random.nextLong()).toString()));
      case URI -> Optional.of(JSON.textNode(Texts.formatted("uri", random)));
      case BYTES -> Optional.of(JSON.textNode(base64(random)));
      case ANY -> Optional.of(JSON.textNode(Texts.ofLength(8, random)));
    };
  }

  /** A number as JSON: an integer if it has no fraction, else a decimal. */
  static JsonNode number(BigDecimal decimal) {
    return decimal.scale() <= 0
        ? JSON.numberNode(decimal.toBigIntegerExact())
        : JSON.numberNode(decimal);
  }

  /** An ISO-8601 date-time with milliseconds and an offset, somewhere in 2026. */
  static String dateTime(Random random) {
    OffsetDateTime at =
        EPOCH
            .plusSeconds(random.nextInt(SECONDS_A_YEAR))
            .plusNanos(random.nextInt(1000) * 1_000_000L);
    return at.withOffsetSameInstant(random.nextBoolean() ? ZoneOffset.UTC : ZoneOffset.ofHours(1))
        .toString();
  }

  /** The smallest integer the facets admit, or null if unbounded below. */
  static BigInteger lowestInteger(Constraints c) {
    if (c.minimum() == null) {
      return null;
    }
    BigDecimal min = c.minimum();
    BigInteger ceiling = min.setScale(0, RoundingMode.CEILING).toBigIntegerExact();
    boolean excluded = c.exclusiveMinimum() && min.compareTo(new BigDecimal(ceiling)) == 0;
    return excluded ? ceiling.add(BigInteger.ONE) : ceiling;
  }

  /** The largest integer the facets admit, or null if unbounded above. */
  static BigInteger highestInteger(Constraints c) {
    if (c.maximum() == null) {
      return null;
    }
    BigDecimal max = c.maximum();
    BigInteger floor = max.setScale(0, RoundingMode.FLOOR).toBigIntegerExact();
    boolean excluded = c.exclusiveMaximum() && max.compareTo(new BigDecimal(floor)) == 0;
    return excluded ? floor.subtract(BigInteger.ONE) : floor;
  }

  private static Optional<BigInteger> integer(Kind kind, Constraints c, Random random) {
    BigInteger low = lowestInteger(c);
    BigInteger high = highestInteger(c);
    BigInteger floor =
        kind == Kind.INT
            ? BigInteger.valueOf(Integer.MIN_VALUE)
            : kind == Kind.LONG ? BigInteger.valueOf(Long.MIN_VALUE) : null;
    BigInteger ceiling =
        kind == Kind.INT
            ? BigInteger.valueOf(Integer.MAX_VALUE)
            : kind == Kind.LONG ? BigInteger.valueOf(Long.MAX_VALUE) : null;
    if (low == null && high == null) {
      low = BigInteger.ZERO;
      high = WINDOW.toBigInteger();
    } else if (low == null) {
      low = high.subtract(WINDOW.toBigInteger());
    } else if (high == null) {
      high = low.add(WINDOW.toBigInteger());
    }
    if (floor != null) {
      low = low.max(floor);
      high = high.min(ceiling);
    }
    if (low.compareTo(high) > 0) {
      return Optional.empty();
    }
    BigInteger span = high.subtract(low);
    long offset =
        span.bitLength() < 31 ? random.nextInt(span.intValueExact() + 1) : random.nextInt(1001);
    return Optional.of(low.add(BigInteger.valueOf(offset)).min(high));
  }

  private static Optional<JsonNode> decimal(Kind kind, Constraints c, Random random) {
    BigDecimal low = c.minimum();
    BigDecimal high = c.maximum();
    if (low == null && high == null) {
      low = BigDecimal.ZERO;
      high = WINDOW;
    } else if (low == null) {
      low = high.subtract(WINDOW);
    } else if (high == null) {
      high = low.add(WINDOW);
    }
    if (low.compareTo(high) > 0) {
      return Optional.empty();
    }
    for (int i = 0; i < 16; i++) {
      BigDecimal fraction = BigDecimal.valueOf(random.nextInt(10_001), 4);
      BigDecimal value =
          low.add(high.subtract(low).multiply(fraction)).setScale(2, RoundingMode.HALF_UP);
      if (!Facets.inRange(value, c)) {
        value = low.add(high).divide(BigDecimal.valueOf(2));
      }
      if (Facets.inRange(value, c) && fits(kind, value)) {
        return Optional.of(
            kind == Kind.DOUBLE ? JSON.numberNode(value.doubleValue()) : JSON.numberNode(value));
      }
    }
    return Optional.empty();
  }

  /** A double must keep the value exactly enough to stay within the range after the round trip. */
  private static boolean fits(Kind kind, BigDecimal value) {
    return kind != Kind.DOUBLE || Double.isFinite(value.doubleValue());
  }

  private static String base64(Random random) {
    byte[] bytes = new byte[6 + random.nextInt(10)];
    random.nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }
}
