package dev.eventgen.emit.syslog;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/** Writes {@code Rfc5424Parser}: the header, structured data and MSG of an RFC 5424 line. */
final class Rfc5424ParserWriter {

  private final SyslogTypes types;

  Rfc5424ParserWriter(SyslogTypes types) {
    this.types = types;
  }

  TypeSpec write() {
    return TypeSpec.classBuilder(types.rfc5424Parser())
        .addModifiers(Modifier.FINAL)
        .addJavadoc(
            "Reads RFC 5424 after the PRI. Header fields are printable US-ASCII within the RFC's"
                + " length limits; {@code -} (NILVALUE) reads as null in every field.\n")
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(parse())
        .addMethod(timestamp())
        .addMethod(timestampText())
        .addMethod(structuredData())
        .addMethod(element())
        .addMethod(message())
        .build();
  }

  private MethodSpec parse() {
    return types
        .formatParseMethod()
        .addStatement("int version = in.digits(1, 3, $S)", "VERSION")
        .addStatement("in.expect(' ', $S)", "SP after VERSION")
        .addStatement("$T timestamp = in.nil() ? null : timestamp(in)", OffsetDateTime.class)
        .addStatement("in.expect(' ', $S)", "SP after TIMESTAMP")
        .addStatement("String hostname = in.field(255, $S)", "HOSTNAME")
        .addStatement("in.expect(' ', $S)", "SP after HOSTNAME")
        .addStatement("String appName = in.field(48, $S)", "APP-NAME")
        .addStatement("in.expect(' ', $S)", "SP after APP-NAME")
        .addStatement("String procId = in.field(128, $S)", "PROCID")
        .addStatement("in.expect(' ', $S)", "SP after PROCID")
        .addStatement("String msgId = in.field(32, $S)", "MSGID")
        .addStatement("in.expect(' ', $S)", "SP after MSGID")
        .addStatement("$T<$T> sd = structuredData(in)", List.class, types.sdElement())
        .addStatement("String msg = message(in)")
        .addStatement(
            "return new $T($T.RFC5424, pri >> 3, pri & 7, version, timestamp, hostname, appName,"
                + " procId, msgId, sd, msg, null)",
            types.message(),
            types.format())
        .build();
  }

  private MethodSpec timestamp() {
    return MethodSpec.methodBuilder("timestamp")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addJavadoc("{@code yyyy-mm-ddThh:mm:ss[.f{1,6}](Z|+hh:mm|-hh:mm)}\n")
        .returns(OffsetDateTime.class)
        .addException(types.parseException())
        .addParameter(types.cursor(), "in")
        .addStatement("int from = in.pos")
        .addStatement("int year = in.digits(4, 4, $S)", "4-digit year")
        .addStatement("in.expect('-', $S)", "'-' after year")
        .addStatement("int month = in.digits(2, 2, $S)", "2-digit month")
        .addStatement("in.expect('-', $S)", "'-' after month")
        .addStatement("int day = in.digits(2, 2, $S)", "2-digit day")
        .addStatement("in.expect('T', $S)", "'T' between date and time")
        .addStatement("int secondOfDay = in.timeOfDay()")
        .addStatement("int nanos = in.fraction(6)")
        .addStatement("int offset = in.zoneOffset(true)")
        .addStatement("return in.dateTime(from, year, month, day, secondOfDay, nanos, offset)")
        .build();
  }

  private MethodSpec timestampText() {
    return MethodSpec.methodBuilder("timestamp")
        .addModifiers(Modifier.STATIC)
        .addJavadoc("An RFC 5424 TIMESTAMP given as text, or null if it is not exactly one.\n")
        .returns(OffsetDateTime.class)
        .addParameter(String.class, "text")
        .addStatement(
            "byte[] bytes = text.getBytes($T.ISO_8859_1)", java.nio.charset.StandardCharsets.class)
        .addStatement("$T in = new $T(bytes, 0, bytes.length)", types.cursor(), types.cursor())
        .beginControlFlow("try")
        .addStatement("$T timestamp = timestamp(in)", OffsetDateTime.class)
        .addStatement("return in.atEnd() ? timestamp : null")
        .nextControlFlow("catch ($T e)", types.parseException())
        .addStatement("return null")
        .endControlFlow()
        .build();
  }

  private MethodSpec structuredData() {
    return MethodSpec.methodBuilder("structuredData")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(MessageModelWriter.listOf(types.sdElement()))
        .addException(types.parseException())
        .addParameter(types.cursor(), "in")
        .beginControlFlow("if (in.nil())")
        .addStatement("return $T.of()", List.class)
        .endControlFlow()
        .beginControlFlow("if (in.peek() != '[')")
        .addStatement("throw in.fail($S)", "'[' or '-' starting STRUCTURED-DATA")
        .endControlFlow()
        .addStatement("$T<$T> elements = new $T<>(2)", List.class, types.sdElement(), ArrayList.class)
        .beginControlFlow("while (in.skip('['))")
        .addStatement("elements.add(element(in))")
        .endControlFlow()
        .addStatement("return elements")
        .build();
  }

  private MethodSpec element() {
    return MethodSpec.methodBuilder("element")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addJavadoc("Reads an SD element after its {@code [}.\n")
        .returns(types.sdElement())
        .addException(types.parseException())
        .addParameter(types.cursor(), "in")
        .addStatement("String id = in.sdName($S)", "SD-ID")
        .addStatement("$T<$T> params = new $T<>()", List.class, types.sdParam(), ArrayList.class)
        .beginControlFlow("while (in.skip(' '))")
        .addStatement("String name = in.sdName($S)", "PARAM-NAME")
        .addStatement("in.expect('=', $S)", "'=' after PARAM-NAME")
        .addStatement("in.expect('\"', $S)", "'\"' opening PARAM-VALUE")
        .addStatement("int valueOffset = in.pos - in.start")
        .addStatement("params.add(new $T(name, in.quoted(), valueOffset))", types.sdParam())
        .endControlFlow()
        .addStatement("in.expect(']', $S)", "SP or ']' in SD element")
        .addStatement("return new $T(id, params)", types.sdElement())
        .build();
  }

  private MethodSpec message() {
    return MethodSpec.methodBuilder("message")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addJavadoc("Reads {@code [SP MSG]}: null if absent, without its UTF-8 BOM.\n")
        .returns(String.class)
        .addException(types.parseException())
        .addParameter(types.cursor(), "in")
        .beginControlFlow("if (in.atEnd())")
        .addStatement("return null")
        .endControlFlow()
        .addStatement("in.expect(' ', $S)", "SP before MSG")
        .beginControlFlow(
            "if (in.end - in.pos >= 3 && in.buf[in.pos] == (byte) 0xEF"
                + " && in.buf[in.pos + 1] == (byte) 0xBB && in.buf[in.pos + 2] == (byte) 0xBF)")
        .addStatement("in.pos += 3")
        .endControlFlow()
        .addStatement("return in.utf8(in.pos, in.end)")
        .build();
  }
}
