package dev.eventgen.runtime.syslog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 6587 framing: octet counting and LF, mixed, split across reads, and oversized frames. */
class SyslogFramerTest {

  private final List<String> frames = new ArrayList<>();
  private final List<SyslogRejection> rejections = new ArrayList<>();

  private final SyslogFrameSink sink =
      new SyslogFrameSink() {
        @Override
        public void frame(byte[] bytes, String peer) {
          frames.add(new String(bytes, StandardCharsets.UTF_8));
        }

        @Override
        public void rejected(byte[] bytes, String peer, SyslogRejection rejection) {
          rejections.add(rejection);
        }
      };

  private void read(InputStream in, int maxLength) throws IOException {
    new SyslogFramer(in, maxLength, sink, "peer").run();
  }

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void octetCountedFramesMayContainNewlines() throws IOException {
    read(bytes("11 <13>1 - a\nb9 <13>1 - c"), 100);
    assertEquals(List.of("<13>1 - a\nb", "<13>1 - c"), frames);
  }

  @Test
  void lineFramesEndAtLfAndSkipEmptyLines() throws IOException {
    read(bytes("<13>1 - a\n\n\r\n<13>1 - b\n<13>1 - c"), 100);
    assertEquals(List.of("<13>1 - a", "<13>1 - b", "<13>1 - c"), frames);
  }

  @Test
  void bothFramingsOnOneConnection() throws IOException {
    read(bytes("<13>x\n5 hello<14>y\n"), 100);
    assertEquals(List.of("<13>x", "hello", "<14>y"), frames);
  }

  @Test
  void framesSplitAcrossReadsAreJoined() throws IOException {
    String stream = "11 <13>1 - a\nb<13>1 - line\n";
    read(new OneByteAtATime(stream.getBytes(StandardCharsets.UTF_8)), 100);
    assertEquals(List.of("<13>1 - a\nb", "<13>1 - line"), frames);
  }

  @Test
  void oversizedFramesAreRejectedAndReadingGoesOn() throws IOException {
    read(bytes("20 " + "x".repeat(20) + "y".repeat(30) + "\n<13>ok\n"), 10);
    assertEquals(List.of("<13>ok"), frames);
    assertEquals(2, rejections.size());
    assertEquals(SyslogRejection.Reason.TOO_LARGE, rejections.get(0).reason());
    assertEquals(SyslogRejection.Reason.TOO_LARGE, rejections.get(1).reason());
  }

  @Test
  void aStreamEndingInsideACountedFrameIsTruncated() throws IOException {
    read(bytes("50 <13>short"), 100);
    assertEquals(List.of(), frames);
    assertEquals(SyslogRejection.Reason.TRUNCATED, rejections.get(0).reason());
    assertEquals(9, rejections.get(0).offset());
  }

  /** Delivers one byte per read, as a slow connection may. */
  private static final class OneByteAtATime extends InputStream {
    private final byte[] bytes;
    private int at;

    OneByteAtATime(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public int read() {
      return at < bytes.length ? bytes[at++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (len == 0) {
        return 0;
      }
      int c = read();
      if (c < 0) {
        return -1;
      }
      b[off] = (byte) c;
      return 1;
    }
  }
}
