package dev.eventgen.emit.syslog;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.nio.charset.StandardCharsets;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code SyslogCursor}: the byte-level scanner all three format parsers share. It works
 * on the caller's array without copying; strings are made only for the fields a message has.
 */
final class CursorWriter {

  private final SyslogTypes types;
  private final ScanMethods scan;
  private final TimeMethods time;

  CursorWriter(SyslogTypes types) {
    this.types = types;
    this.scan = new ScanMethods(types);
    this.time = new TimeMethods(types);
  }

  TypeSpec write() {
    return TypeSpec.classBuilder(types.cursor())
        .addModifiers(Modifier.FINAL)
        .addJavadoc(
            "A position in one syslog line held in a byte array. Offsets in errors count from the"
                + " start of the line.\n")
        .addField(
            FieldSpec.builder(String.class, "MONTHS", Modifier.PRIVATE, Modifier.STATIC)
                .addModifiers(Modifier.FINAL)
                .initializer("$S", "JanFebMarAprMayJunJulAugSepOctNovDec")
                .build())
        .addField(ScanMethods.nameBytesField())
        .addField(byte[].class, "buf", Modifier.FINAL)
        .addField(int.class, "start", Modifier.FINAL)
        .addField(int.class, "end", Modifier.FINAL)
        .addField(int.class, "pos")
        .addMethod(constructor())
        .addMethods(scan.methods())
        .addMethods(time.methods())
        .addMethod(ascii())
        .addMethod(name())
        .addMethod(utf8())
        .addMethod(fail())
        .addMethod(failAt())
        .addMethod(describe())
        .build();
  }

  private static MethodSpec constructor() {
    return MethodSpec.constructorBuilder()
        .addParameter(byte[].class, "buf")
        .addParameter(int.class, "start")
        .addParameter(int.class, "end")
        .addStatement("this.buf = buf")
        .addStatement("this.start = start")
        .addStatement("this.end = end")
        .addStatement("this.pos = start")
        .build();
  }

  private static MethodSpec ascii() {
    return MethodSpec.methodBuilder("ascii")
        .addJavadoc("Bytes already checked to be US-ASCII, as a string (a plain copy).\n")
        .returns(String.class)
        .addParameter(int.class, "from")
        .addParameter(int.class, "to")
        .addStatement(
            "return new String(buf, from, to - from, $T.ISO_8859_1)", StandardCharsets.class)
        .build();
  }

  private MethodSpec name() {
    return MethodSpec.methodBuilder("name")
        .addJavadoc(
            "Bytes already checked to be US-ASCII as a name: a known SD name is one shared"
                + " string.\n")
        .returns(String.class)
        .addParameter(int.class, "from")
        .addParameter(int.class, "to")
        .addStatement("int hash = 0")
        .beginControlFlow("for (int i = from; i < to; i++)")
        .addStatement("hash = 31 * hash + buf[i]")
        .endControlFlow()
        .addStatement("return $T.of(buf, from, to, hash)", types.sdNames())
        .build();
  }

  private static MethodSpec utf8() {
    return MethodSpec.methodBuilder("utf8")
        .addJavadoc(
            "Bytes as UTF-8; each malformed sequence becomes U+FFFD, so invalid input is read the"
                + " same way every time.\n")
        .returns(String.class)
        .addParameter(int.class, "from")
        .addParameter(int.class, "to")
        .addStatement("return new String(buf, from, to - from, $T.UTF_8)", StandardCharsets.class)
        .build();
  }

  private MethodSpec fail() {
    return MethodSpec.methodBuilder("fail")
        .addJavadoc("An error at the current position.\n")
        .returns(types.parseException())
        .addParameter(String.class, "expected")
        .addStatement("return failAt(pos, expected)")
        .build();
  }

  private MethodSpec failAt() {
    return MethodSpec.methodBuilder("failAt")
        .addJavadoc("An error at array index {@code at}.\n")
        .returns(types.parseException())
        .addParameter(int.class, "at")
        .addParameter(String.class, "expected")
        .addStatement("return new $T(at - start, expected, describe(at), false)", types.parseException())
        .build();
  }

  private static MethodSpec describe() {
    return MethodSpec.methodBuilder("describe")
        .addModifiers(Modifier.PRIVATE)
        .returns(String.class)
        .addParameter(int.class, "at")
        .beginControlFlow("if (at >= end)")
        .addStatement("return $S", "end of input")
        .endControlFlow()
        .addStatement("int b = buf[at] & 0xFF")
        .beginControlFlow("if (b >= 32 && b <= 126)")
        .addStatement("return \"'\" + (char) b + \"'\"")
        .endControlFlow()
        .addStatement("return $S + Integer.toHexString(b)", "byte 0x")
        .build();
  }

}
