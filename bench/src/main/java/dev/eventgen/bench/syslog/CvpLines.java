package dev.eventgen.bench.syslog;

import dev.eventgen.bench.SyslogParserBench;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Distinct CVP call-started lines for a flood: the realistic RFC 5424 line of
 * {@link SyslogParserBench}, each with its own {@code eventId} and {@code callGuid}, so no two
 * datagrams of a cycle are the same and the decoder cannot be helped by repetition.
 */
final class CvpLines {

  private static final String EVENT_ID = "9b2f3c1e-6a0d-4c1b-8d0e-2f6f5d3a7c11";
  private static final String CALL_GUID = "064CD880000100000000025308C6C90A";

  private CvpLines() {}

  /** {@code count} distinct lines, as UTF-8 buffers ready to send. */
  static List<ByteBuffer> variants(int count) {
    List<ByteBuffer> lines = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      lines.add(ByteBuffer.wrap(variant(i).getBytes(StandardCharsets.UTF_8)));
    }
    return List.copyOf(lines);
  }

  /** Line {@code i}: a name-based UUID as event id, {@code i} in the low digits of the call GUID. */
  static String variant(int i) {
    String eventId = UUID.nameUUIDFromBytes(("cvp-flood-" + i).getBytes(StandardCharsets.UTF_8))
        .toString();
    String callGuid = CALL_GUID.substring(0, 24) + String.format("%08X", i);
    String line = SyslogParserBench.LINE.replace(EVENT_ID, eventId).replace(CALL_GUID, callGuid);
    if (!line.contains(eventId) || !line.contains(callGuid)) {
      throw new IllegalStateException("the bench line no longer carries " + EVENT_ID
          + " and " + CALL_GUID + "; update CvpLines");
    }
    return line;
  }
}
