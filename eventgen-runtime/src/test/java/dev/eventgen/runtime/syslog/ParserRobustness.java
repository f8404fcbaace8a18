package dev.eventgen.runtime.syslog;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The robustness contract shared by the property, loop and fuzz tests: any bytes either parse or
 * fail with the parser's own exception at an offset inside the line.
 */
final class ParserRobustness {

  static final int MAX_LENGTH = 4096;

  private static final SyslogParser PARSER =
      new SyslogParser(
          Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC), MAX_LENGTH);

  /** The names the zero-copy parse knows: some CVP names, so lines have known and unknown ones. */
  private static final SyslogNames NAMES = SyslogNames.of("cvp@9", "eventType", "source.hostname");

  static final List<byte[]> ROWS = List.copyOf(CapturedRows.load().values());

  /**
   * What one parse may allocate beyond its line: message objects, strings, a stack trace, and the
   * first run of an error path that the warm-up did not take (linking its string concatenation
   * allocates some 100 kB once). Per byte read, strings and SD objects stay well under {@link
   * #BYTES_PER_BYTE}. What this catches is allocation that follows the input, such as a buffer
   * sized by an untrusted octet count.
   */
  private static final long ALLOCATION_SLACK = 1024 * 1024;

  private static final long BYTES_PER_BYTE = 64;

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  static {
    // Load and link the parser's classes and error paths first, unmeasured: that allocates,
    // once, far beyond any one line.
    Random random = new Random(1L);
    for (int i = 0; i < 2000; i++) {
      parses(mutate(ROWS.get(i % ROWS.size()), random));
    }
  }

  private ParserRobustness() {}

  /**
   * Parses; anything thrown other than a parse exception inside the line fails the test, and so
   * does allocating more than a bounded amount per byte read (lines over the maximum length are
   * refused before they are read).
   */
  static void check(byte[] line) {
    long before = THREADS.getCurrentThreadAllocatedBytes();
    try {
      parses(line);
    } finally {
      long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;
      long bound = BYTES_PER_BYTE * Math.min(line.length, MAX_LENGTH) + ALLOCATION_SLACK;
      if (allocated > bound) {
        throw new AssertionError(
            allocated
                + " bytes allocated for a line of "
                + line.length
                + " bytes, more than "
                + bound
                + ": "
                + Arrays.toString(Arrays.copyOf(line, 64)));
      }
    }
  }

  private static void parses(byte[] line) {
    SyslogMessage outcome;
    try {
      outcome = PARSER.parse(line);
    } catch (SyslogParseException thrown) {
      int offset = thrown.offset();
      if (offset < 0 || offset > Math.min(line.length, MAX_LENGTH)) {
        throw new AssertionError("offset " + offset + " outside the line: " + thrown);
      }
      SyslogParseException ranges = refusalOfRanges(line);
      if (ranges == null || !ranges.getMessage().equals(thrown.getMessage())) {
        throw new AssertionError(
            "the zero-copy parse says "
                + ranges
                + ", not "
                + thrown
                + ": "
                + Arrays.toString(line));
      }
      return;
    } catch (RuntimeException e) {
      throw new AssertionError("not a parse exception for " + Arrays.toString(line), e);
    }
    if (outcome == null) {
      throw new AssertionError("null message for " + Arrays.toString(line));
    }
    sameRanges(line, outcome);
  }

  /** What the zero-copy parse refuses the line for, or null if it reads it. */
  private static SyslogParseException refusalOfRanges(byte[] line) {
    try {
      PARSER.parse(line, 0, line.length, new SyslogSdLine(NAMES, "cvp@9"));
      return null;
    } catch (SyslogParseException e) {
      return e;
    }
  }

  /**
   * The zero-copy parse of a line the generic parse read records the same MSGID and params of the
   * first SD element, or for other formats the same message.
   */
  private static void sameRanges(byte[] line, SyslogMessage message) {
    String sdId =
        message.structuredData().isEmpty() ? "cvp@9" : message.structuredData().get(0).id();
    SyslogSdLine ranges = new SyslogSdLine(NAMES, sdId);
    try {
      PARSER.parse(line, 0, line.length, ranges);
    } catch (SyslogParseException e) {
      throw new AssertionError("the zero-copy parse refuses " + Arrays.toString(line), e);
    }
    boolean same =
        message.format() == SyslogFormat.RFC5424
            ? ranges.other() == null
                && java.util.Objects.equals(message.msgId(), ranges.msgId())
                && SyslogFields.params(message, sdId).equals(ranges.params())
            : message.equals(ranges.other());
    if (!same) {
      throw new AssertionError(
          "the zero-copy parse reads otherwise: " + ranges.params() + " " + Arrays.toString(line));
    }
  }

  /** A real line with one to four random byte flips, insertions, deletions or a truncation. */
  static byte[] mutate(byte[] line, Random random) {
    byte[] out = line.clone();
    int edits = 1 + random.nextInt(4);
    for (int i = 0; i < edits && out.length > 0; i++) {
      int at = random.nextInt(out.length);
      switch (random.nextInt(4)) {
        case 0 -> out[at] = (byte) random.nextInt(256);
        case 1 -> out = splice(out, at, 0, (byte) random.nextInt(256));
        case 2 -> out = splice(out, at, 1);
        default -> out = Arrays.copyOf(out, at);
      }
    }
    return out;
  }

  private static byte[] splice(byte[] line, int at, int remove, byte... insert) {
    byte[] out = new byte[line.length - remove + insert.length];
    System.arraycopy(line, 0, out, 0, at);
    System.arraycopy(insert, 0, out, at, insert.length);
    System.arraycopy(line, at + remove, out, at + insert.length, line.length - at - remove);
    return out;
  }
}
