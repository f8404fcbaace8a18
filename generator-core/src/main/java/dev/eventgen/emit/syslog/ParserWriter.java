package dev.eventgen.emit.syslog;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/** Writes {@code SyslogParser}: the public entry points, framing leftovers, PRI and dispatch. */
final class ParserWriter {

  private final SyslogTypes types;

  ParserWriter(SyslogTypes types) {
    this.types = types;
  }

  TypeSpec write() {
    return TypeSpec.classBuilder(types.parser())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc(javadoc(), types.parseException())
        .addField(
            FieldSpec.builder(int.class, "DEFAULT_MAX_LENGTH", Modifier.PUBLIC, Modifier.STATIC)
                .addModifiers(Modifier.FINAL)
                .addJavadoc("Longest line read by default: 64 KiB, the largest UDP payload.\n")
                .initializer("65_536")
                .build())
        .addField(Clock.class, "clock", Modifier.PRIVATE, Modifier.FINAL)
        .addField(int.class, "maxLength", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(
            MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("A parser on the system clock and zone, reading lines up to 64 KiB.\n")
                .addStatement("this($T.systemDefaultZone(), DEFAULT_MAX_LENGTH)", Clock.class)
                .build())
        .addMethod(constructor())
        .addMethod(parseArray())
        .addMethod(parseRange())
        .addMethod(parseBuffer())
        .addMethod(parseText())
        .addMethod(tooLarge())
        .addMethod(trimEnd())
        .addMethod(octetCount())
        .addMethod(pri())
        .addMethod(body())
        .build();
  }

  private static String javadoc() {
    return "Reads syslog lines in RFC 5424, RFC 3164 and CiscoLog form, told apart after the PRI"
        + " (digits then SP: RFC 5424; digits then {@code :}: CiscoLog; otherwise RFC 3164).\n\n"
        + "<p>Input is scanned byte by byte on the caller's array, without regular expressions"
        + " or copies. A leading RFC 6587 octet count ({@code 144 <13>1 ...}, as {@code logger"
        + " --octet-count} also sends over UDP) is checked and skipped; trailing LF, CR and NUL"
        + " bytes that relays append are dropped.\n\n"
        + "<p>Text: header fields must be printable US-ASCII (RFC 5424 section 6). SD values, MSG"
        + " and Cisco values are UTF-8; each malformed UTF-8 sequence reads as U+FFFD, so the"
        + " same bytes always give the same text and nothing is refused for it. A leading BOM is"
        + " removed from MSG.\n\n"
        + "<p>Any input either parses or throws {@link $T} with the byte offset and what was"
        + " expected; nothing else is thrown for input, no loop runs longer than the line, and"
        + " lines longer than the maximum length are refused before they are read. Instances"
        + " are immutable and thread-safe.\n";
  }

  private MethodSpec constructor() {
    return MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc(
            "@param clock the clock and zone RFC 3164 times are read in (its year is inferred)\n"
                + "@param maxLength the longest line accepted, in bytes\n")
        .addParameter(Clock.class, "clock")
        .addParameter(int.class, "maxLength")
        .addStatement("this.clock = $T.requireNonNull(clock, $S)", Objects.class, "clock")
        .beginControlFlow("if (maxLength < 1)")
        .addStatement(
            "throw new IllegalArgumentException($S + maxLength)", "maxLength must be positive: ")
        .endControlFlow()
        .addStatement("this.maxLength = maxLength")
        .build();
  }

  private MethodSpec parseArray() {
    return MethodSpec.methodBuilder("parse")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Reads one line.\n\n@throws $T if the line is not valid syslog\n", types.parseException())
        .returns(types.message())
        .addException(types.parseException())
        .addParameter(byte[].class, "bytes")
        .addStatement("return parse(bytes, 0, bytes.length)")
        .build();
  }

  private MethodSpec parseRange() {
    return MethodSpec.methodBuilder("parse")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc(
            "Reads one line from {@code length} bytes at {@code offset}; error offsets count from"
                + " {@code offset}.\n\n"
                + "@throws $T if the line is not valid syslog\n"
                + "@throws IndexOutOfBoundsException if the range is not inside the array\n",
            types.parseException())
        .returns(types.message())
        .addException(types.parseException())
        .addParameter(byte[].class, "bytes")
        .addParameter(int.class, "offset")
        .addParameter(int.class, "length")
        .addStatement("$T.checkFromIndexSize(offset, length, bytes.length)", Objects.class)
        .beginControlFlow("if (length > maxLength)")
        .addStatement("throw tooLarge(length)")
        .endControlFlow()
        .addStatement("int frameEnd = offset + length")
        .addStatement(
            "$T in = new $T(bytes, offset, trimEnd(bytes, offset, frameEnd))",
            types.cursor(),
            types.cursor())
        .addStatement("octetCount(in, frameEnd)")
        .addStatement("return body(in, pri(in))")
        .build();
  }

  private MethodSpec parseBuffer() {
    return MethodSpec.methodBuilder("parse")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc(
            "Reads the remaining bytes of the buffer as one line; the buffer's position is not"
                + " changed.\n\n@throws $T if the line is not valid syslog\n",
            types.parseException())
        .returns(types.message())
        .addException(types.parseException())
        .addParameter(ByteBuffer.class, "buffer")
        .addStatement("int length = buffer.remaining()")
        .beginControlFlow("if (buffer.hasArray())")
        .addStatement(
            "return parse(buffer.array(), buffer.arrayOffset() + buffer.position(), length)")
        .endControlFlow()
        .beginControlFlow("if (length > maxLength)")
        .addStatement("throw tooLarge(length)")
        .endControlFlow()
        .addStatement("byte[] copy = new byte[length]")
        .addStatement("buffer.duplicate().get(copy)")
        .addStatement("return parse(copy, 0, length)")
        .build();
  }

  private MethodSpec parseText() {
    return MethodSpec.methodBuilder("parse")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc(
            "Reads a line given as text; it is encoded as UTF-8 first and error offsets count"
                + " those bytes.\n\n@throws $T if the line is not valid syslog\n",
            types.parseException())
        .returns(types.message())
        .addException(types.parseException())
        .addParameter(CharSequence.class, "text")
        .addComment("A char takes at least one byte: refuse before encoding a huge text.")
        .beginControlFlow("if (text.length() > maxLength)")
        .addStatement("throw tooLarge(text.length())")
        .endControlFlow()
        .addStatement("byte[] bytes = text.toString().getBytes($T.UTF_8)", StandardCharsets.class)
        .addStatement("return parse(bytes, 0, bytes.length)")
        .build();
  }

  private MethodSpec tooLarge() {
    return MethodSpec.methodBuilder("tooLarge")
        .addModifiers(Modifier.PRIVATE)
        .returns(types.parseException())
        .addParameter(int.class, "length")
        .addStatement(
            "return new $T(maxLength, $S + maxLength + $S, length + $S, true)",
            types.parseException(),
            "a line of at most ",
            " bytes",
            " bytes")
        .build();
  }

  private static MethodSpec trimEnd() {
    return MethodSpec.methodBuilder("trimEnd")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addJavadoc("The end of the line without the LF, CR and NUL bytes relays append.\n")
        .returns(int.class)
        .addParameter(byte[].class, "bytes")
        .addParameter(int.class, "from")
        .addParameter(int.class, "end")
        .addStatement("int e = end")
        .beginControlFlow(
            "while (e > from && (bytes[e - 1] == '\\n' || bytes[e - 1] == '\\r' || bytes[e - 1]"
                + " == 0))")
        .addStatement("e--")
        .endControlFlow()
        .addStatement("return e")
        .build();
  }

  private MethodSpec octetCount() {
    return MethodSpec.methodBuilder("octetCount")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addJavadoc(
            "Skips an RFC 6587 octet count, which must equal the bytes after it (with or without"
                + " the trailing newline).\n")
        .addException(types.parseException())
        .addParameter(types.cursor(), "in")
        .addParameter(int.class, "frameEnd")
        .addStatement("int first = in.peek()")
        .beginControlFlow("if (first < '0' || first > '9')")
        .addStatement("return")
        .endControlFlow()
        .addStatement("long count = in.number(1, 9, $S)", "octet count")
        .addStatement("in.expect(' ', $S)", "SP after octet count")
        .beginControlFlow("if (count != frameEnd - in.pos && count != in.end - in.pos)")
        .addStatement(
            "throw in.failAt(in.start, $S + (frameEnd - in.pos) + $S)",
            "octet count equal to the ",
            " bytes after it")
        .endControlFlow()
        .build();
  }

  private MethodSpec pri() {
    return MethodSpec.methodBuilder("pri")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(int.class)
        .addException(types.parseException())
        .addParameter(types.cursor(), "in")
        .addStatement("in.expect('<', $S)", "'<' starting PRI")
        .addStatement("int from = in.pos")
        .addStatement("int pri = in.digits(1, 3, $S)", "PRI value 0-191")
        .beginControlFlow("if (pri > 191)")
        .addStatement("throw in.failAt(from, $S)", "PRI value 0-191")
        .endControlFlow()
        .addStatement("in.expect('>', $S)", "'>' closing PRI")
        .addStatement("return pri")
        .build();
  }

  private MethodSpec body() {
    return MethodSpec.methodBuilder("body")
        .addModifiers(Modifier.PRIVATE)
        .addJavadoc("Tells the formats apart by what follows the PRI and reads the rest.\n")
        .returns(types.message())
        .addException(types.parseException())
        .addParameter(types.cursor(), "in")
        .addParameter(int.class, "pri")
        .addStatement("int p = in.pos")
        .beginControlFlow("while (p < in.end && p - in.pos < 19 && in.buf[p] >= '0' && in.buf[p] <= '9')")
        .addStatement("p++")
        .endControlFlow()
        .addStatement("int digits = p - in.pos")
        .addStatement("int next = p < in.end ? in.buf[p] : -1")
        .beginControlFlow("if (digits >= 1 && digits <= 3 && next == ' ')")
        .addStatement("return $T.parse(in, pri)", types.rfc5424Parser())
        .endControlFlow()
        .beginControlFlow("if (digits >= 1 && next == ':')")
        .addStatement("return $T.parse(in, pri)", types.ciscoLogParser())
        .endControlFlow()
        .addStatement("return $T.parse(in, pri, clock)", types.rfc3164Parser())
        .build();
  }
}
