package dev.eventgen.runtime.syslog;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits one TCP stream into frames (RFC 6587). Each frame is told apart by its first byte: a digit
 * starts an octet count ({@code 144 <13>1 ...}), anything else a line ended by LF; so a connection
 * may use either, or both.
 *
 * <p>Memory is bounded by the maximum frame length: a longer line is cut there, the rest skipped up
 * to its LF, and reported as too large; an octet count above the maximum is skipped unread; a
 * stream that ends inside a counted frame reports the bytes it got.
 */
public final class SyslogFramer {
  private final InputStream in;

  private final int maxLength;

  private final SyslogFrameSink sink;

  private final String peer;

  private byte[] line;

  public SyslogFramer(InputStream in, int maxLength, SyslogFrameSink sink, String peer) {
    this.in = in;
    this.maxLength = maxLength;
    this.sink = sink;
    this.peer = peer;
    this.line = new byte[Math.max(16, Math.min(maxLength, 1024))];
  }

  /** Reads frames until the stream ends. */
  public void run() throws IOException {
    int first;
    while ((first = in.read()) != -1) {
      if (first == '\n' || first == '\r' || first == 0) {
        continue;
      }
      if (first >= '1' && first <= '9') {
        octetCounted(first);
      } else {
        line[0] = (byte) first;
        lineFramed(1);
      }
    }
  }

  /** Reads {@code MSG-LEN SP MSG}; digits not followed by SP are the start of a line. */
  private void octetCounted(int first) throws IOException {
    long count = first - '0';
    line[0] = (byte) first;
    int n = 1;
    int b = in.read();
    while (b >= '0' && b <= '9' && n < 10) {
      line[n++] = (byte) b;
      count = count * 10 + (b - '0');
      b = in.read();
    }
    if (b != ' ') {
      if (b == -1 || b == '\n') {
        sink.frame(Arrays.copyOf(line, n), peer);
        return;
      }
      line[n++] = (byte) b;
      lineFramed(n);
      return;
    }
    counted(count);
  }

  private void counted(long count) throws IOException {
    if (count > maxLength) {
      byte[] head = in.readNBytes(maxLength);
      long rest = count - head.length;
      while (rest > 0 && in.read() != -1) {
        rest--;
      }
      reject(
          head,
          SyslogRejection.Reason.TOO_LARGE,
          "octet count " + count + " exceeds the maximum frame length " + maxLength,
          maxLength);
      return;
    }
    byte[] frame = in.readNBytes((int) count);
    if (frame.length < count) {
      reject(
          frame,
          SyslogRejection.Reason.TRUNCATED,
          "stream ended after " + frame.length + " of " + count + " counted bytes",
          frame.length);
      return;
    }
    sink.frame(frame, peer);
  }

  /** Reads up to LF (or the end); {@code length} bytes are already in {@code line}. */
  private void lineFramed(int length) throws IOException {
    int n = length;
    int b;
    while ((b = in.read()) != -1 && b != '\n') {
      if (n == maxLength) {
        skipLine();
        reject(
            Arrays.copyOf(line, n),
            SyslogRejection.Reason.TOO_LARGE,
            "line longer than the maximum frame length " + maxLength + " bytes",
            maxLength);
        return;
      }
      append(n++, b);
    }
    sink.frame(Arrays.copyOf(line, n), peer);
  }

  private void append(int at, int b) {
    if (at == line.length) {
      line = Arrays.copyOf(line, Math.min(maxLength, line.length * 2));
    }
    line[at] = (byte) b;
  }

  private void skipLine() throws IOException {
    int b;
    while ((b = in.read()) != -1 && b != '\n') {
      // the rest of an oversized line is dropped unread
    }
  }

  private void reject(byte[] bytes, SyslogRejection.Reason reason, String message, long offset) {
    sink.rejected(bytes, peer, new SyslogRejection(reason, message, offset));
  }
}
