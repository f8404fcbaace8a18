package dev.eventgen.emit.syslog;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code CiscoLogParser}: the CiscoLog line after the PRI, and the {@code
 * %APP-SEV-MNEMONIC: [k=v]...:} part that Cisco devices also put into RFC 3164 text.
 */
final class CiscoLogParserWriter {

  private final SyslogTypes types;

  CiscoLogParserWriter(SyslogTypes types) {
    this.types = types;
  }

  TypeSpec write() {
    return TypeSpec.classBuilder(types.ciscoLogParser())
        .addModifiers(Modifier.FINAL)
        .addJavadoc(
            "Reads the Cisco contact-centre CiscoLog form after the PRI: {@code SEQ: HOST: Mmm dd"
                + " yyyy hh:mm:ss.mmm TZ: %APP-SEV-MNEMONIC: [k=v]...: text}. TZ is {@code"
                + " +hhmm}, {@code +hh:mm}, {@code Z}, {@code UTC} or {@code GMT}.\n")
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(parse())
        .addMethod(timestamp())
        .addMethod(zone())
        .addMethod(mnemonic())
        .addMethod(wordEnd())
        .addMethod(params())
        .addMethod(param())
        .build();
  }

  private MethodSpec parse() {
    return types
        .formatParseMethod()
        .addStatement("long sequence = in.number(1, 18, $S)", "sequence number")
        .addStatement("in.expect(':', $S)", "':' after sequence number")
        .addStatement("in.expect(' ', $S)", "SP after sequence number")
        .addStatement("String hostname = in.token(255, ':', $S)", "HOST")
        .addStatement("in.expect(':', $S)", "':' after HOST")
        .addStatement("in.expect(' ', $S)", "SP after HOST")
        .addStatement("$T timestamp = timestamp(in)", OffsetDateTime.class)
        .addStatement("in.expect(':', $S)", "':' after time zone")
        .addStatement("in.expect(' ', $S)", "SP after time zone")
        .addStatement("int at = in.pos")
        .addStatement("$T cisco = mnemonic(in, sequence)", types.cisco())
        .beginControlFlow("if (cisco == null)")
        .addStatement("throw in.failAt(at, $S)", "%APP-SEVERITY-MNEMONIC:")
        .endControlFlow()
        .addStatement("String text = in.atEnd() ? null : in.utf8(in.pos, in.end)")
        .addStatement(
            "return new $T($T.CISCOLOG, pri >> 3, pri & 7, 0, timestamp, hostname, null, null,"
                + " null, $T.of(), text, cisco)",
            types.message(),
            types.format(),
            List.class)
        .build();
  }

  private MethodSpec timestamp() {
    return MethodSpec.methodBuilder("timestamp")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addJavadoc("{@code Mmm dd yyyy hh:mm:ss[.fff] TZ}\n")
        .returns(OffsetDateTime.class)
        .addException(types.parseException())
        .addParameter(types.cursor(), "in")
        .addStatement("int from = in.pos")
        .addStatement("int month = in.month()")
        .addStatement("in.expect(' ', $S)", "SP after month")
        .addStatement("in.skip(' ')")
        .addStatement("int day = in.digits(1, 2, $S)", "day of month")
        .addStatement("in.expect(' ', $S)", "SP after day")
        .addStatement("int year = in.digits(4, 4, $S)", "4-digit year")
        .addStatement("in.expect(' ', $S)", "SP after year")
        .addStatement("int secondOfDay = in.timeOfDay()")
        .addStatement("int nanos = in.fraction(9)")
        .addStatement("in.expect(' ', $S)", "SP before time zone")
        .addStatement("int offset = zone(in)")
        .addStatement("return in.dateTime(from, year, month, day, secondOfDay, nanos, offset)")
        .build();
  }

  private MethodSpec zone() {
    return MethodSpec.methodBuilder("zone")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(int.class)
        .addException(types.parseException())
        .addParameter(types.cursor(), "in")
        .addStatement("int p = in.pos")
        .beginControlFlow(
            "if (in.end - p >= 3 && (in.buf[p] == 'U' && in.buf[p + 1] == 'T' && in.buf[p + 2] =="
                + " 'C'\n    || in.buf[p] == 'G' && in.buf[p + 1] == 'M' && in.buf[p + 2] == 'T'))")
        .addStatement("in.pos += 3")
        .addStatement("return 0")
        .endControlFlow()
        .addStatement("return in.zoneOffset(false)")
        .build();
  }

  private MethodSpec mnemonic() {
    return MethodSpec.methodBuilder("mnemonic")
        .addModifiers(Modifier.STATIC)
        .addJavadoc(
            "Reads {@code %APP-SEV-MNEMONIC:} and any {@code [k=v]} params after it; null, with"
                + " nothing consumed, if the text does not start that way. APP and MNEMONIC are"
                + " letters, digits and {@code _}; SEV is 0-7.\n")
        .returns(types.cisco())
        .addParameter(types.cursor(), "in")
        .addParameter(long.class, "sequence")
        .addStatement("int appStart = in.pos + 1")
        .beginControlFlow("if (in.atEnd() || in.buf[in.pos] != '%')")
        .addStatement("return null")
        .endControlFlow()
        .addStatement("int appEnd = wordEnd(in, appStart, 48)")
        .beginControlFlow(
            "if (appEnd == appStart || in.end - appEnd < 4 || in.buf[appEnd] != '-'\n"
                + "    || in.buf[appEnd + 1] < '0' || in.buf[appEnd + 1] > '7' || in.buf[appEnd + 2]"
                + " != '-')")
        .addStatement("return null")
        .endControlFlow()
        .addStatement("int mnemonicStart = appEnd + 3")
        .addStatement("int mnemonicEnd = wordEnd(in, mnemonicStart, 64)")
        .beginControlFlow(
            "if (mnemonicEnd == mnemonicStart || mnemonicEnd >= in.end || in.buf[mnemonicEnd] !="
                + " ':')")
        .addStatement("return null")
        .endControlFlow()
        .addStatement("in.pos = mnemonicEnd + 1")
        .addStatement(
            "return new $T(sequence, in.ascii(appStart, appEnd), in.buf[appEnd + 1] - '0',"
                + " in.ascii(mnemonicStart, mnemonicEnd), params(in))",
            types.cisco())
        .build();
  }

  private MethodSpec wordEnd() {
    return MethodSpec.methodBuilder("wordEnd")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(int.class)
        .addParameter(types.cursor(), "in")
        .addParameter(int.class, "from")
        .addParameter(int.class, "maxLength")
        .addStatement("int limit = Math.min(in.end, from + maxLength)")
        .addStatement("int p = from")
        .beginControlFlow("while (p < limit)")
        .addStatement("int b = in.buf[p]")
        .beginControlFlow(
            "if (!(b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b =="
                + " '_'))")
        .addStatement("break")
        .endControlFlow()
        .addStatement("p++")
        .endControlFlow()
        .addStatement("return p")
        .build();
  }

  private MethodSpec params() {
    return MethodSpec.methodBuilder("params")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addJavadoc("Reads {@code [k=v]...} and the {@code :} after them, if there are any.\n")
        .returns(MessageModelWriter.listOf(types.sdParam()))
        .addParameter(types.cursor(), "in")
        .addStatement("in.skip(' ')")
        .addStatement("$T param = in.peek() == '[' ? param(in) : null", types.sdParam())
        .beginControlFlow("if (param == null)")
        .addStatement("return $T.of()", List.class)
        .endControlFlow()
        .addStatement("$T<$T> params = new $T<>()", List.class, types.sdParam(), ArrayList.class)
        .beginControlFlow("while (param != null)")
        .addStatement("params.add(param)")
        .addStatement("param = in.peek() == '[' ? param(in) : null")
        .endControlFlow()
        .addStatement("in.skip(':')")
        .addStatement("in.skip(' ')")
        .addStatement("return params")
        .build();
  }

  private MethodSpec param() {
    return MethodSpec.methodBuilder("param")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addJavadoc("Reads one {@code [k=v]}; null, with nothing consumed, if it is not one.\n")
        .returns(types.sdParam())
        .addParameter(types.cursor(), "in")
        .addStatement("int keyStart = in.pos + 1")
        .addStatement("int limit = Math.min(in.end, keyStart + 32)")
        .addStatement("int p = keyStart")
        .beginControlFlow(
            "while (p < limit && in.buf[p] >= 33 && in.buf[p] <= 126 && in.buf[p] != '='"
                + " && in.buf[p] != ']')")
        .addStatement("p++")
        .endControlFlow()
        .beginControlFlow("if (p == keyStart || p >= in.end || in.buf[p] != '=')")
        .addStatement("return null")
        .endControlFlow()
        .addStatement("int close = p + 1")
        .beginControlFlow("while (close < in.end && in.buf[close] != ']')")
        .addStatement("close++")
        .endControlFlow()
        .beginControlFlow("if (close >= in.end)")
        .addStatement("return null")
        .endControlFlow()
        .addStatement(
            "$T param = new $T(in.name(keyStart, p), in.utf8(p + 1, close), p + 1 - in.start)",
            types.sdParam(),
            types.sdParam())
        .addStatement("in.pos = close + 1")
        .addStatement("return param")
        .build();
  }
}
