package dev.eventgen.emit.syslog;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.lang.model.element.Modifier;

/** Writes the scanning methods of {@code SyslogCursor}: single bytes, numbers, names, values. */
final class ScanMethods {

  private final SyslogTypes types;

  ScanMethods(SyslogTypes types) {
    this.types = types;
  }

  List<MethodSpec> methods() {
    return List.of(
        atEnd(), peek(), skip(), expect(), number(), digits(), bounded(), nil(),
        token(), field(), sdName(), nameBytes(), quoted(), unescape());
  }

  private static MethodSpec atEnd() {
    return MethodSpec.methodBuilder("atEnd")
        .returns(boolean.class)
        .addStatement("return pos >= end")
        .build();
  }

  private static MethodSpec peek() {
    return MethodSpec.methodBuilder("peek")
        .addJavadoc("The byte at the position (0-255), or -1 at the end.\n")
        .returns(int.class)
        .addStatement("return pos < end ? buf[pos] & 0xFF : -1")
        .build();
  }

  private static MethodSpec skip() {
    return MethodSpec.methodBuilder("skip")
        .addJavadoc("Consumes {@code c} if it is next.\n")
        .returns(boolean.class)
        .addParameter(int.class, "c")
        .beginControlFlow("if (peek() == c)")
        .addStatement("pos++")
        .addStatement("return true")
        .endControlFlow()
        .addStatement("return false")
        .build();
  }

  private MethodSpec expect() {
    return MethodSpec.methodBuilder("expect")
        .addException(types.parseException())
        .addParameter(int.class, "c")
        .addParameter(String.class, "expected")
        .beginControlFlow("if (!skip(c))")
        .addStatement("throw fail(expected)")
        .endControlFlow()
        .build();
  }

  private MethodSpec number() {
    return MethodSpec.methodBuilder("number")
        .addJavadoc("Reads {@code min} to {@code max} (at most 18) decimal digits; too few is an error where"
                + " they start.\n")
        .returns(long.class)
        .addException(types.parseException())
        .addParameter(int.class, "min")
        .addParameter(int.class, "max")
        .addParameter(String.class, "expected")
        .addStatement("int from = pos")
        .addStatement("long value = 0")
        .beginControlFlow("while (pos < end && pos - from < max && buf[pos] >= '0' && buf[pos] <= '9')")
        .addStatement("value = value * 10 + (buf[pos++] - '0')")
        .endControlFlow()
        .beginControlFlow("if (pos - from < min)")
        .addStatement("throw failAt(from, expected)")
        .endControlFlow()
        .addStatement("return value")
        .build();
  }

  private MethodSpec digits() {
    return MethodSpec.methodBuilder("digits")
        .addJavadoc("Reads {@code min} to {@code max} (at most 9) decimal digits.\n")
        .returns(int.class)
        .addException(types.parseException())
        .addParameter(int.class, "min")
        .addParameter(int.class, "max")
        .addParameter(String.class, "expected")
        .addStatement("return (int) number(min, max, expected)")
        .build();
  }

  private MethodSpec bounded() {
    return MethodSpec.methodBuilder("bounded")
        .addJavadoc("Reads exactly {@code count} digits whose value is at most {@code max}.\n")
        .returns(int.class)
        .addException(types.parseException())
        .addParameter(int.class, "count")
        .addParameter(int.class, "max")
        .addParameter(String.class, "expected")
        .addStatement("int from = pos")
        .addStatement("int value = digits(count, count, expected)")
        .beginControlFlow("if (value > max)")
        .addStatement("throw failAt(from, expected)")
        .endControlFlow()
        .addStatement("return value")
        .build();
  }

  private static MethodSpec nil() {
    return MethodSpec.methodBuilder("nil")
        .addJavadoc("Consumes a NILVALUE: {@code -} followed by SP or the end.\n")
        .returns(boolean.class)
        .beginControlFlow("if (pos < end && buf[pos] == '-' && (pos + 1 == end || buf[pos + 1] == ' '))")
        .addStatement("pos++")
        .addStatement("return true")
        .endControlFlow()
        .addStatement("return false")
        .build();
  }

  private MethodSpec token() {
    return MethodSpec.methodBuilder("token")
        .addJavadoc(
            "Reads 1 to {@code maxLength} printable US-ASCII bytes up to {@code stop} (not"
                + " consumed), SP or the end.\n")
        .returns(String.class)
        .addException(types.parseException())
        .addParameter(int.class, "maxLength")
        .addParameter(int.class, "stop")
        .addParameter(String.class, "expected")
        .addStatement("int from = pos")
        .addStatement("int limit = Math.min(end, from + maxLength)")
        .addStatement("int p = from")
        .beginControlFlow("while (p < limit && buf[p] != stop && buf[p] >= 33 && buf[p] <= 126)")
        .addStatement("p++")
        .endControlFlow()
        .addStatement("pos = p")
        .beginControlFlow("if (pos < end && buf[pos] != stop && buf[pos] != ' ')")
        .addStatement(
            "throw pos == limit && buf[pos] >= 33 && buf[pos] <= 126"
                + " ? failAt(from, expected + $S + maxLength + $S) : fail($S + expected)",
            " of at most ",
            " characters",
            "printable US-ASCII in ")
        .endControlFlow()
        .beginControlFlow("if (pos == from)")
        .addStatement("throw fail(expected)")
        .endControlFlow()
        .addStatement("return ascii(from, pos)")
        .build();
  }

  private MethodSpec field() {
    return MethodSpec.methodBuilder("field")
        .addJavadoc("Reads an RFC 5424 header field up to SP; null for NILVALUE.\n")
        .returns(String.class)
        .addException(types.parseException())
        .addParameter(int.class, "maxLength")
        .addParameter(String.class, "expected")
        .addStatement("return nil() ? null : token(maxLength, ' ', expected)")
        .build();
  }

  private MethodSpec sdName() {
    return MethodSpec.methodBuilder("sdName")
        .addJavadoc("Reads an SD-NAME: 1 to 32 printable US-ASCII except {@code = ] \"} and SP.\n")
        .returns(String.class)
        .addException(types.parseException())
        .addParameter(String.class, "expected")
        .addStatement("int from = pos")
        .addStatement("int limit = Math.min(end, from + 32)")
        .addStatement("int hash = 0")
        .addStatement("int p = from")
        .beginControlFlow("while (p < limit && NAME_BYTES[buf[p] & 0xFF])")
        .addComment("String.hashCode as we go: the name table needs it, and the bytes are at hand")
        .addStatement("hash = 31 * hash + buf[p++]")
        .endControlFlow()
        .addStatement("pos = p")
        .beginControlFlow("if (pos == from)")
        .addStatement("throw fail(expected)")
        .endControlFlow()
        .beginControlFlow("if (pos < end && NAME_BYTES[buf[pos] & 0xFF])")
        .addStatement("throw failAt(from, expected + $S)", " of at most 32 characters")
        .endControlFlow()
        .addStatement("return $T.of(buf, from, pos, hash)", types.sdNames())
        .build();
  }

  /** {@code NAME_BYTES}: one load per byte in the name loop instead of five comparisons. */
  static FieldSpec nameBytesField() {
    return FieldSpec.builder(boolean[].class, "NAME_BYTES", Modifier.PRIVATE, Modifier.STATIC)
        .addModifiers(Modifier.FINAL)
        .addJavadoc("The bytes of an SD-NAME, by value: printable US-ASCII but {@code = ] \"}.\n")
        .initializer("nameBytes()")
        .build();
  }

  private static MethodSpec nameBytes() {
    return MethodSpec.methodBuilder("nameBytes")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(boolean[].class)
        .addStatement("boolean[] table = new boolean[256]")
        .beginControlFlow("for (int b = 33; b <= 126; b++)")
        .addStatement("table[b] = b != '=' && b != ']' && b != '\"'")
        .endControlFlow()
        .addStatement("return table")
        .build();
  }

  private MethodSpec quoted() {
    return MethodSpec.methodBuilder("quoted")
        .addJavadoc(
            "Reads a PARAM-VALUE after its opening quote, through the closing quote. Only {@code"
                + " \\\"}, {@code \\\\} and {@code \\]} are escapes; any other backslash is kept"
                + " (RFC 5424 section 6.3.3).\n")
        .returns(String.class)
        .addException(types.parseException())
        .addStatement("int from = pos")
        .addStatement("boolean escaped = false")
        .beginControlFlow("for (int p = from; p < end; p++)")
        .addStatement("byte b = buf[p]")
        .beginControlFlow("if (b == '\"')")
        .addStatement("pos = p + 1")
        .addStatement("return escaped ? unescape(from, p) : utf8(from, p)")
        .endControlFlow()
        .beginControlFlow("if (b == '\\\\' && p + 1 < end)")
        .addStatement("escaped = true")
        .addStatement("p++")
        .endControlFlow()
        .endControlFlow()
        .addStatement("pos = end")
        .addStatement("throw fail($S)", "'\"' closing PARAM-VALUE")
        .build();
  }

  private static MethodSpec unescape() {
    return MethodSpec.methodBuilder("unescape")
        .addModifiers(Modifier.PRIVATE)
        .returns(String.class)
        .addParameter(int.class, "from")
        .addParameter(int.class, "to")
        .addStatement("byte[] out = new byte[to - from]")
        .addStatement("int n = 0")
        .beginControlFlow("for (int i = from; i < to; i++)")
        .addStatement("byte b = buf[i]")
        .beginControlFlow(
            "if (b == '\\\\' && i + 1 < to\n"
                + "    && (buf[i + 1] == '\"' || buf[i + 1] == '\\\\' || buf[i + 1] == ']'))")
        .addStatement("b = buf[++i]")
        .endControlFlow()
        .addStatement("out[n++] = b")
        .endControlFlow()
        .addStatement("return new String(out, 0, n, $T.UTF_8)", StandardCharsets.class)
        .build();
  }
}
