package dev.eventgen.emit.syslog;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import javax.lang.model.element.Modifier;

/** Writes {@code SyslogFramer}: RFC 6587 octet counting and LF framing on one TCP stream. */
final class FramerWriter {

  private final SyslogTypes types;

  FramerWriter(SyslogTypes types) {
    this.types = types;
  }

  TypeSpec write() {
    return TypeSpec.classBuilder(types.framer())
        .addModifiers(Modifier.FINAL)
        .addJavadoc(
            "Splits one TCP stream into frames (RFC 6587). Each frame is told apart by its first"
                + " byte: a digit starts an octet count ({@code 144 <13>1 ...}), anything else a"
                + " line ended by LF; so a connection may use either, or both.\n\n"
                + "<p>Memory is bounded by the maximum frame length: a longer line is cut there,"
                + " the rest skipped up to its LF, and reported as too large; an octet count above"
                + " the maximum is skipped unread; a stream that ends inside a counted frame"
                + " reports the bytes it got.\n")
        .addField(InputStream.class, "in", Modifier.PRIVATE, Modifier.FINAL)
        .addField(int.class, "maxLength", Modifier.PRIVATE, Modifier.FINAL)
        .addField(types.frameSink(), "sink", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String.class, "peer", Modifier.PRIVATE, Modifier.FINAL)
        .addField(byte[].class, "line", Modifier.PRIVATE)
        .addMethod(
            MethodSpec.constructorBuilder()
                .addParameter(InputStream.class, "in")
                .addParameter(int.class, "maxLength")
                .addParameter(types.frameSink(), "sink")
                .addParameter(String.class, "peer")
                .addStatement("this.in = in")
                .addStatement("this.maxLength = maxLength")
                .addStatement("this.sink = sink")
                .addStatement("this.peer = peer")
                .addStatement("this.line = new byte[Math.max(16, Math.min(maxLength, 1024))]")
                .build())
        .addMethod(run())
        .addMethod(octetCounted())
        .addMethod(counted())
        .addMethod(lineFramed())
        .addMethod(append())
        .addMethod(skipLine())
        .addMethod(reject())
        .build();
  }

  private static MethodSpec run() {
    return MethodSpec.methodBuilder("run")
        .addJavadoc("Reads frames until the stream ends.\n")
        .addException(IOException.class)
        .addStatement("int first")
        .beginControlFlow("while ((first = in.read()) != -1)")
        .beginControlFlow("if (first == '\\n' || first == '\\r' || first == 0)")
        .addStatement("continue")
        .endControlFlow()
        .beginControlFlow("if (first >= '1' && first <= '9')")
        .addStatement("octetCounted(first)")
        .nextControlFlow("else")
        .addStatement("line[0] = (byte) first")
        .addStatement("lineFramed(1)")
        .endControlFlow()
        .endControlFlow()
        .build();
  }

  private static MethodSpec octetCounted() {
    return MethodSpec.methodBuilder("octetCounted")
        .addModifiers(Modifier.PRIVATE)
        .addJavadoc(
            "Reads {@code MSG-LEN SP MSG}; digits not followed by SP are the start of a line.\n")
        .addException(IOException.class)
        .addParameter(int.class, "first")
        .addStatement("long count = first - '0'")
        .addStatement("line[0] = (byte) first")
        .addStatement("int n = 1")
        .addStatement("int b = in.read()")
        .beginControlFlow("while (b >= '0' && b <= '9' && n < 10)")
        .addStatement("line[n++] = (byte) b")
        .addStatement("count = count * 10 + (b - '0')")
        .addStatement("b = in.read()")
        .endControlFlow()
        .beginControlFlow("if (b != ' ')")
        .beginControlFlow("if (b == -1 || b == '\\n')")
        .addStatement("sink.frame($T.copyOf(line, n), peer)", Arrays.class)
        .addStatement("return")
        .endControlFlow()
        .addStatement("line[n++] = (byte) b")
        .addStatement("lineFramed(n)")
        .addStatement("return")
        .endControlFlow()
        .addStatement("counted(count)")
        .build();
  }

  private MethodSpec counted() {
    return MethodSpec.methodBuilder("counted")
        .addModifiers(Modifier.PRIVATE)
        .addException(IOException.class)
        .addParameter(long.class, "count")
        .beginControlFlow("if (count > maxLength)")
        .addStatement("byte[] head = in.readNBytes(maxLength)")
        .addStatement("long rest = count - head.length")
        .beginControlFlow("while (rest > 0 && in.read() != -1)")
        .addStatement("rest--")
        .endControlFlow()
        .addStatement(
            "reject(head, $T.TOO_LARGE, $S + count + $S + maxLength, maxLength)",
            types.problemKind(),
            "octet count ",
            " exceeds the maximum frame length ")
        .addStatement("return")
        .endControlFlow()
        .addStatement("byte[] frame = in.readNBytes((int) count)")
        .beginControlFlow("if (frame.length < count)")
        .addStatement(
            "reject(frame, $T.TRANSPORT, $S + frame.length + $S + count + $S, frame.length)",
            types.problemKind(),
            "stream ended after ",
            " of ",
            " counted bytes")
        .addStatement("return")
        .endControlFlow()
        .addStatement("sink.frame(frame, peer)")
        .build();
  }

  private MethodSpec lineFramed() {
    return MethodSpec.methodBuilder("lineFramed")
        .addModifiers(Modifier.PRIVATE)
        .addJavadoc("Reads up to LF (or the end); {@code length} bytes are already in {@code line}.\n")
        .addException(IOException.class)
        .addParameter(int.class, "length")
        .addStatement("int n = length")
        .addStatement("int b")
        .beginControlFlow("while ((b = in.read()) != -1 && b != '\\n')")
        .beginControlFlow("if (n == maxLength)")
        .addStatement("skipLine()")
        .addStatement(
            "reject($T.copyOf(line, n), $T.TOO_LARGE, $S + maxLength + $S, maxLength)",
            Arrays.class,
            types.problemKind(),
            "line longer than the maximum frame length ",
            " bytes")
        .addStatement("return")
        .endControlFlow()
        .addStatement("append(n++, b)")
        .endControlFlow()
        .addStatement("sink.frame($T.copyOf(line, n), peer)", Arrays.class)
        .build();
  }

  private static MethodSpec append() {
    return MethodSpec.methodBuilder("append")
        .addModifiers(Modifier.PRIVATE)
        .addParameter(int.class, "at")
        .addParameter(int.class, "b")
        .beginControlFlow("if (at == line.length)")
        .addStatement("line = $T.copyOf(line, Math.min(maxLength, line.length * 2))", Arrays.class)
        .endControlFlow()
        .addStatement("line[at] = (byte) b")
        .build();
  }

  private static MethodSpec skipLine() {
    return MethodSpec.methodBuilder("skipLine")
        .addModifiers(Modifier.PRIVATE)
        .addException(IOException.class)
        .addStatement("int b")
        .beginControlFlow("while ((b = in.read()) != -1 && b != '\\n')")
        .addComment("the rest of an oversized line is dropped unread")
        .endControlFlow()
        .build();
  }

  private MethodSpec reject() {
    return MethodSpec.methodBuilder("reject")
        .addModifiers(Modifier.PRIVATE)
        .addParameter(byte[].class, "bytes")
        .addParameter(types.problemKind(), "kind")
        .addParameter(String.class, "message")
        .addParameter(long.class, "offset")
        .addStatement(
            "sink.rejected(bytes, peer, new $T(kind, message, null, offset))", types.names().problem())
        .build();
  }
}
