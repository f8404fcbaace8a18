package dev.eventgen.runtime.syslog;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Objects;

/**
 * Reads syslog lines in RFC 5424, RFC 3164 and Cisco (CiscoLog, IOS) form, told apart after the
 * PRI: digits then SP is RFC 5424; digits then {@code :}, or a Cisco timestamp RFC 3164's cannot be
 * ({@link CiscoLogParser#startsHeader}), is Cisco; anything else is RFC 3164. A line that ends
 * after its PRI is refused: RFC 5424 requires VERSION there, and RFC 3164 says a packet without
 * contents SHOULD NOT be sent.
 *
 * <p>Input is scanned byte by byte on the caller's array, without regular expressions or copies. A
 * leading RFC 6587 octet count ({@code 144 <13>1 ...}, as {@code logger --octet-count} also sends
 * over UDP) is checked and skipped; trailing LF, CR and NUL bytes that relays append are dropped.
 *
 * <p>Text: header fields must be printable US-ASCII (RFC 5424 section 6). SD values, MSG and Cisco
 * values are UTF-8; each malformed UTF-8 sequence reads as U+FFFD, so the same bytes always give
 * the same text and nothing is refused for it. A leading BOM is removed from MSG.
 *
 * <p>Any input either parses or throws {@link SyslogParseException} with the byte offset and what
 * was expected; nothing else is thrown for input, no loop runs longer than the line, and lines
 * longer than the maximum length are refused before they are read. Instances are immutable and
 * thread-safe.
 */
public final class SyslogParser {
  /** Longest line read by default: 64 KiB, the largest UDP payload. */
  public static final int DEFAULT_MAX_LENGTH = 65_536;

  private final Clock clock;

  private final int maxLength;

  private final SyslogNames names;

  /** A parser on the system clock and zone, reading lines up to 64 KiB. */
  public SyslogParser() {
    this(Clock.systemDefaultZone(), DEFAULT_MAX_LENGTH);
  }

  /**
   * A parser that knows the registered SD names only.
   *
   * @param clock the clock and zone RFC 3164 times are read in (its year is inferred)
   * @param maxLength the longest line accepted, in bytes
   */
  public SyslogParser(Clock clock, int maxLength) {
    this(clock, maxLength, SyslogNames.REGISTERED);
  }

  /**
   * @param clock the clock and zone RFC 3164 times are read in (its year is inferred)
   * @param maxLength the longest line accepted, in bytes
   * @param names the SD names returned as shared strings
   */
  public SyslogParser(Clock clock, int maxLength, SyslogNames names) {
    this.clock = Objects.requireNonNull(clock, "clock");
    if (maxLength < 1) {
      throw new IllegalArgumentException("maxLength must be positive: " + maxLength);
    }
    this.maxLength = maxLength;
    this.names = Objects.requireNonNull(names, "names");
  }

  /** The longest line accepted, in bytes. */
  public int maxLength() {
    return maxLength;
  }

  /**
   * Reads one line.
   *
   * @throws SyslogParseException if the line is not valid syslog
   */
  public SyslogMessage parse(byte[] bytes) throws SyslogParseException {
    return parse(bytes, 0, bytes.length);
  }

  /**
   * Reads one line from {@code length} bytes at {@code offset}; error offsets count from {@code
   * offset}.
   *
   * @throws SyslogParseException if the line is not valid syslog
   * @throws IndexOutOfBoundsException if the range is not inside the array
   */
  public SyslogMessage parse(byte[] bytes, int offset, int length) throws SyslogParseException {
    Objects.checkFromIndexSize(offset, length, bytes.length);
    if (length > maxLength) {
      throw tooLarge(length);
    }
    int frameEnd = offset + length;
    SyslogCursor in = new SyslogCursor(bytes, offset, trimEnd(bytes, offset, frameEnd), names);
    octetCount(in, frameEnd);
    return body(in, pri(in));
  }

  /**
   * Reads one line from {@code length} bytes at {@code offset} for a typed decoder, into a holder
   * reused from line to line: an RFC 5424 line is checked as {@link #parse(byte[], int, int)}
   * checks it, and only its MSGID and the params of the holder's SD-ID are recorded, as ranges over
   * {@code bytes}; a line in another format is read whole ({@link SyslogSdLine#other()}). Names are
   * read with the holder's table, not the parser's.
   *
   * @throws SyslogParseException if the line is not valid syslog
   * @throws IndexOutOfBoundsException if the range is not inside the array
   */
  public void parse(byte[] bytes, int offset, int length, SyslogSdLine into)
      throws SyslogParseException {
    Objects.checkFromIndexSize(offset, length, bytes.length);
    if (length > maxLength) {
      throw tooLarge(length);
    }
    into.reset(bytes, offset);
    int frameEnd = offset + length;
    SyslogCursor in =
        new SyslogCursor(bytes, offset, trimEnd(bytes, offset, frameEnd), into.names());
    octetCount(in, frameEnd);
    int pri = pri(in);
    if (isRfc5424(in)) {
      Rfc5424Parser.parseInto(in, into);
    } else {
      into.other(body(in, pri));
    }
  }

  /**
   * Reads the remaining bytes of the buffer as one line; the buffer's position is not changed.
   *
   * @throws SyslogParseException if the line is not valid syslog
   */
  public SyslogMessage parse(ByteBuffer buffer) throws SyslogParseException {
    int length = buffer.remaining();
    if (buffer.hasArray()) {
      return parse(buffer.array(), buffer.arrayOffset() + buffer.position(), length);
    }
    if (length > maxLength) {
      throw tooLarge(length);
    }
    byte[] copy = new byte[length];
    buffer.duplicate().get(copy);
    return parse(copy, 0, length);
  }

  /**
   * Reads a line given as text; it is encoded as UTF-8 first and error offsets count those bytes.
   *
   * @throws SyslogParseException if the line is not valid syslog
   */
  public SyslogMessage parse(CharSequence text) throws SyslogParseException {
    // A char takes at least one byte: refuse before encoding a huge text.
    if (text.length() > maxLength) {
      throw tooLarge(text.length());
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    return parse(bytes, 0, bytes.length);
  }

  private SyslogParseException tooLarge(int length) {
    return new SyslogParseException(
        maxLength, "a line of at most " + maxLength + " bytes", length + " bytes", true);
  }

  /** The end of the line without the LF, CR and NUL bytes relays append. */
  private static int trimEnd(byte[] bytes, int from, int end) {
    int e = end;
    while (e > from && (bytes[e - 1] == '\n' || bytes[e - 1] == '\r' || bytes[e - 1] == 0)) {
      e--;
    }
    return e;
  }

  /**
   * Skips an RFC 6587 octet count, which must equal the bytes after it (with or without the
   * trailing newline).
   */
  private static void octetCount(SyslogCursor in, int frameEnd) throws SyslogParseException {
    int first = in.peek();
    if (first < '0' || first > '9') {
      return;
    }
    long count = in.number(1, 9, "octet count");
    in.expect(' ', "SP after octet count");
    if (count != frameEnd - in.pos && count != in.end - in.pos) {
      throw in.failAt(
          in.start, "octet count equal to the " + (frameEnd - in.pos) + " bytes after it");
    }
  }

  private static int pri(SyslogCursor in) throws SyslogParseException {
    in.expect('<', "'<' starting PRI");
    int from = in.pos;
    int pri = in.digits(1, 3, "PRI value 0-191");
    if (pri > 191) {
      throw in.failAt(from, "PRI value 0-191");
    }
    in.expect('>', "'>' closing PRI");
    return pri;
  }

  /** True if 1 to 3 digits and SP (VERSION) follow the PRI. */
  private static boolean isRfc5424(SyslogCursor in) {
    int p = in.pos;
    while (p < in.end && p - in.pos < 4 && in.buf[p] >= '0' && in.buf[p] <= '9') {
      p++;
    }
    int digits = p - in.pos;
    return digits >= 1 && digits <= 3 && p < in.end && in.buf[p] == ' ';
  }

  /** Tells the formats apart by what follows the PRI and reads the rest. */
  private SyslogMessage body(SyslogCursor in, int pri) throws SyslogParseException {
    if (isRfc5424(in)) {
      return Rfc5424Parser.parse(in, pri);
    }
    int p = in.pos;
    while (p < in.end && p - in.pos < 19 && in.buf[p] >= '0' && in.buf[p] <= '9') {
      p++;
    }
    int digits = p - in.pos;
    int next = p < in.end ? in.buf[p] : -1;
    if (digits >= 1 && next == ':') {
      return CiscoLogParser.parse(in, pri, clock);
    }
    if (in.atEnd()) {
      // RFC 5424 requires VERSION; RFC 3164 (4.1) calls a packet without contents worthless and
      // says it SHOULD NOT be sent: a line that ends after its PRI is a cut one.
      throw in.fail("VERSION (RFC 5424) or a message (RFC 3164) after PRI");
    }
    if (CiscoLogParser.startsHeader(in)) {
      return CiscoLogParser.parse(in, pri, clock);
    }
    return Rfc3164Parser.parse(in, pri, clock);
  }
}
