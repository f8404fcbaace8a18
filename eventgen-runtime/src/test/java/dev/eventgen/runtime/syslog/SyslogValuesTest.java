package dev.eventgen.runtime.syslog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The byte readers read their common forms as the JDK conversions do, and give null, never another
 * value, for anything else: the decoder then converts the text, which reads or refuses it.
 */
class SyslogValuesTest {

  @Property(tries = 500)
  void uuidsInEitherCase(@ForAll long high, @ForAll long low, @ForAll boolean upper) {
    UUID uuid = new UUID(high, low);
    String text = upper ? uuid.toString().toUpperCase(Locale.ROOT) : uuid.toString();
    assertEquals(uuid, read(text, (b, f, t) -> SyslogValues.uuid(b, f, t)));
  }

  @Property(tries = 500)
  void numbersAsTheJdkReadsThem(@ForAll long value) {
    String text = Long.toString(value);
    boolean common = text.replace("-", "").length() <= 18;
    assertEquals(
        common ? Long.valueOf(value) : null,
        read(text, (b, f, t) -> SyslogValues.longValue(b, f, t)));
    int small = (int) (value % 1_000_000_000L);
    assertEquals(
        Integer.valueOf(small),
        read(Integer.toString(small), (b, f, t) -> SyslogValues.intValue(b, f, t)));
  }

  @Property(tries = 500)
  void dateTimesAsTheParserReadsThem(
      @ForAll @IntRange(min = 0, max = 2_000_000_000) int seconds,
      @ForAll @IntRange(min = 0, max = 999_999_999) int nanos,
      @ForAll @IntRange(min = -18 * 60, max = 18 * 60) int offsetMinutes) {
    OffsetDateTime time =
        OffsetDateTime.ofInstant(
            Instant.ofEpochSecond(seconds, nanos), ZoneOffset.ofTotalSeconds(offsetMinutes * 60));
    String text = time.toString();
    OffsetDateTime fast = read(text, (b, f, t) -> SyslogValues.offsetDateTime(b, f, t));
    if (time.getSecond() != 0 || time.getNano() != 0) {
      // toString leaves out zero seconds, a form only OffsetDateTime.parse reads
      assertEquals(time, fast, text);
    }
    assertEquals(OffsetDateTime.parse(text), SyslogFields.dateTime(text));
  }

  /** Whatever the readers accept in text made of their own characters, the JDK reads the same. */
  @Property(tries = 3000)
  void neverAnotherValueThanTheJdk(@ForAll("valueShaped") String text) {
    agrees(text, (b, f, t) -> SyslogValues.uuid(b, f, t), UUID::fromString);
    agrees(text, (b, f, t) -> SyslogValues.intValue(b, f, t), Integer::valueOf);
    agrees(text, (b, f, t) -> SyslogValues.longValue(b, f, t), Long::valueOf);
    agrees(text, (b, f, t) -> SyslogValues.offsetDateTime(b, f, t), OffsetDateTime::parse);
  }

  @Provide
  Arbitrary<String> valueShaped() {
    Arbitrary<String> mutated =
        Arbitraries.of(
                "2024-02-29T23:59:59.123456789+14:00",
                "2023-02-29T10:00:00Z",
                "2024-01-01T24:00:00Z",
                "0f8fad5b-d9cb-469f-a165-70867728950e",
                "-123456789",
                "1234567890123456789")
            .flatMap(
                seed ->
                    Arbitraries.integers()
                        .between(0, seed.length() - 1)
                        .flatMap(
                            at ->
                                Arbitraries.of('0', '9', '-', ':', 'T', 'Z', '+', '.', 'g', 'F')
                                    .map(c -> seed.substring(0, at) + c + seed.substring(at + 1))));
    Arbitrary<String> random =
        Arbitraries.strings().withChars("0123456789-:.TZ+abcdefABCDEF ").ofMaxLength(40);
    return Arbitraries.oneOf(mutated, random);
  }

  @Test
  void otherFormsAreLeftToTheJdk() {
    assertNull(read("+5", (b, f, t) -> SyslogValues.intValue(b, f, t)));
    assertNull(read("1234567890", (b, f, t) -> SyslogValues.intValue(b, f, t)));
    assertNull(read("-", (b, f, t) -> SyslogValues.longValue(b, f, t)));
    assertNull(read("", (b, f, t) -> SyslogValues.longValue(b, f, t)));
    assertNull(read("1-2-3-4-5", (b, f, t) -> SyslogValues.uuid(b, f, t)));
    assertNull(read("2024-01-01T00:00Z", (b, f, t) -> SyslogValues.offsetDateTime(b, f, t)));
    assertNull(read("2023-02-29T00:00:00Z", (b, f, t) -> SyslogValues.offsetDateTime(b, f, t)));
  }

  @Test
  void textRemovesOnlyTheThreeEscapes() {
    byte[] bytes = "a\\\"b\\\\c\\]d\\ne\u00e9".getBytes(StandardCharsets.UTF_8);
    assertEquals("a\"b\\c]d\\ne\u00e9", SyslogValues.text(bytes, 0, bytes.length, true));
    assertEquals("a\\\"b\\\\c\\]d\\ne\u00e9", SyslogValues.text(bytes, 0, bytes.length, false));
  }

  @Test
  void equalsAsciiComparesEveryByte() {
    byte[] bytes = "xcall.startedx".getBytes(StandardCharsets.US_ASCII);
    assertTrue(SyslogValues.equalsAscii(bytes, 1, 13, "call.started"));
    assertFalse(SyslogValues.equalsAscii(bytes, 1, 13, "call.starteD"));
    assertFalse(SyslogValues.equalsAscii(bytes, 1, 12, "call.started"));
  }

  private interface Reader<T> {
    T read(byte[] buf, int from, int to);
  }

  /** Reads the text placed inside a larger array, as values sit in a line. */
  private static <T> T read(String text, Reader<T> reader) {
    byte[] value = text.getBytes(StandardCharsets.UTF_8);
    byte[] line = new byte[value.length + 6];
    System.arraycopy(value, 0, line, 3, value.length);
    return reader.read(line, 3, 3 + value.length);
  }

  private static <T> void agrees(String text, Reader<T> reader, Function<String, T> jdk) {
    T fast = read(text, reader);
    if (fast != null) {
      assertEquals(jdk.apply(text), fast, text);
    }
  }
}
