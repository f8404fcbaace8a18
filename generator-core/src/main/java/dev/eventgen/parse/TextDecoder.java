package dev.eventgen.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding that says where the first bad byte is, instead of replacing it. */
final class TextDecoder {

  /** The first undecodable byte: its offset and its position as line and column. */
  record BadByte(int offset, int value, Position position) {}

  private TextDecoder() {}

  /** The text without a leading BOM; throws {@link BadByteException} at the first bad byte. */
  static String decode(byte[] bytes) throws BadByteException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int offset = in.position();
      throw new BadByteException(
          new BadByte(offset, bytes[offset] & 0xff, positionOf(bytes, offset)));
    }
    decoder.flush(out);
    String text = out.flip().toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static Position positionOf(byte[] bytes, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Position(line, offset - lineStart + 1);
  }

  /** Signals the first byte that is not UTF-8. */
  static final class BadByteException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient BadByte badByte;

    BadByteException(BadByte badByte) {
      super("not UTF-8 at offset " + badByte.offset());
      this.badByte = badByte;
    }

    BadByte badByte() {
      return badByte;
    }
  }
}
