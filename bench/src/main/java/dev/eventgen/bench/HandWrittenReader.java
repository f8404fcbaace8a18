package dev.eventgen.bench;

import com.acme.cvp.model.CallStartedEvent;
import com.acme.cvp.model.DeviceType;
import com.acme.cvp.model.EventSource;
import com.acme.cvp.model.Severity;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;

/**
 * A lower bound for typed syslog decoding, not a parser: reads {@link SyslogParserBench#LINE}
 * straight from its bytes into a {@link CallStartedEvent}, assuming that line's exact shape
 * (UTC timestamps with a fraction, no escapes, the ten fields it has) and checking almost
 * nothing. Whatever a real parser does beyond this (validating every byte, the other fields and
 * formats, precise errors) costs more, so no typed reader can be faster than this on the same
 * machine. It shows how much of the typed cost is the event itself: its strings, UUID, date-time
 * and records.
 */
final class HandWrittenReader {

  private static final byte[] MSGID = bytes("CALL_STARTED");
  private static final byte[] SD_ID = bytes("cvp@9");
  private static final String[] NAMES = {
    "eventId", "eventType", "specVersion", "timestamp", "severity", "source.hostname",
    "source.deviceType", "callGuid", "ani", "dnis"
  };
  private static final byte[][] NAME_BYTES = new byte[NAMES.length][];
  private static final int[] NAME_HASHES = new int[NAMES.length];

  static {
    for (int i = 0; i < NAMES.length; i++) {
      NAME_BYTES[i] = bytes(NAMES[i]);
      NAME_HASHES[i] = NAMES[i].hashCode();
    }
  }

  private final byte[] b;
  private final int[] from = new int[NAMES.length];
  private final int[] to = new int[NAMES.length];
  private int p;

  private HandWrittenReader(byte[] line) {
    this.b = line;
  }

  static CallStartedEvent read(byte[] line) {
    return new HandWrittenReader(line).event();
  }

  private CallStartedEvent event() {
    header();
    while (b[p] == '[') {
      element();
    }
    EventSource source =
        new EventSource(text(5), null, DeviceType.fromValue(text(6)), null, null, null, null);
    return new CallStartedEvent(
        uuid(from[0]), text(1), text(2), timestamp(from[3]), null, null,
        Severity.fromValue(text(4)), source, text(7), null, null, text(8), text(9),
        null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /** PRI, VERSION, TIMESTAMP, HOSTNAME, APP-NAME, PROCID, then MSGID, which must name the event. */
  private void header() {
    while (b[p] != ' ') {
      p++;
    }
    p++;
    timestamp(p);
    for (int field = 0; field < 4; field++) {
      skipToken();
    }
    int msgId = p;
    skipToken();
    if (!Arrays.equals(b, msgId, p - 1, MSGID, 0, MSGID.length)) {
      throw new IllegalArgumentException("not a CALL_STARTED line");
    }
  }

  private void skipToken() {
    while (b[p] != ' ') {
      p++;
    }
    p++;
  }

  /** One {@code [id name="value"...]}, keeping the value ranges of the event's element. */
  private void element() {
    int id = ++p;
    while (b[p] != ' ' && b[p] != ']') {
      p++;
    }
    boolean keep = Arrays.equals(b, id, p, SD_ID, 0, SD_ID.length);
    while (b[p] == ' ') {
      int name = ++p;
      int hash = 0;
      while (b[p] != '=') {
        hash = 31 * hash + b[p++];
      }
      int field = keep ? field(name, p, hash) : -1;
      p += 2;
      int value = p;
      while (b[p] != '"') {
        p++;
      }
      if (field >= 0 && to[field] == 0) {
        from[field] = value;
        to[field] = p;
      }
      p++;
    }
    p++;
  }

  private int field(int start, int end, int hash) {
    for (int i = 0; i < NAMES.length; i++) {
      if (NAME_HASHES[i] == hash && Arrays.equals(b, start, end, NAME_BYTES[i], 0, NAME_BYTES[i].length)) {
        return i;
      }
    }
    return -1;
  }

  private String text(int field) {
    return new String(b, from[field], to[field] - from[field], StandardCharsets.UTF_8);
  }

  private UUID uuid(int at) {
    long high = 0;
    long low = 0;
    for (int i = 0; i < 36; i++) {
      if (i == 8 || i == 13 || i == 18 || i == 23) {
        continue;
      }
      int c = b[at + i];
      int nibble = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
      if (i < 19) {
        high = high << 4 | nibble;
      } else {
        low = low << 4 | nibble;
      }
    }
    return new UUID(high, low);
  }

  /** {@code yyyy-mm-ddThh:mm:ss.fffZ} only. */
  private OffsetDateTime timestamp(int at) {
    int nanos = 0;
    int digits = 0;
    for (int i = at + 20; b[i] >= '0' && b[i] <= '9'; i++, digits++) {
      nanos = nanos * 10 + b[i] - '0';
    }
    for (; digits < 9; digits++) {
      nanos *= 10;
    }
    return OffsetDateTime.of(
        two(at) * 100 + two(at + 2), two(at + 5), two(at + 8), two(at + 11), two(at + 14),
        two(at + 17), nanos, ZoneOffset.UTC);
  }

  private int two(int at) {
    return (b[at] - '0') * 10 + b[at + 1] - '0';
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
