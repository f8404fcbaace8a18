package dev.eventgen.emit.syslog;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZonedDateTime;
import java.util.List;
import javax.lang.model.element.Modifier;

/** Writes {@code Rfc3164Parser}: BSD syslog with year inference, TAG, PID and Cisco text. */
final class Rfc3164ParserWriter {

  private final SyslogTypes types;

  Rfc3164ParserWriter(SyslogTypes types) {
    this.types = types;
  }

  TypeSpec write() {
    return TypeSpec.classBuilder(types.rfc3164Parser())
        .addModifiers(Modifier.FINAL)
        .addJavadoc(
            "Reads RFC 3164 after the PRI: {@code Mmm dd hh:mm:ss HOST TAG[PID]: MSG}.\n\n"
                + "<p>The TAG is the first run of printable US-ASCII after the host up to {@code"
                + " [}, {@code :} or SP (at most 48 bytes), so relays that drop the colon ({@code"
                + " HOST TAG MSG}) read the same. A line without a recognisable TIMESTAMP is all"
                + " MSG (RFC 3164 section 4.3.3). The day may be padded with a space or not.\n\n"
                + "<p>Year inference: the line has no year and its time is local to the sender,"
                + " taken as the receiver's clock zone. The year is the clock's current year,"
                + " unless that puts the time more than one day into the future (a December line"
                + " read in January), then the previous year.\n")
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(parse())
        .addMethod(looksLikeTimestamp())
        .addMethod(timestamp())
        .addMethod(localDateTime())
        .addMethod(content())
        .build();
  }

  private MethodSpec parse() {
    return types
        .formatParseMethod()
        .addParameter(Clock.class, "clock")
        .beginControlFlow("if (!looksLikeTimestamp(in))")
        .addStatement(
            "return new $T($T.RFC3164, pri >> 3, pri & 7, 0, null, null, null, null, null,"
                + " $T.of(), in.utf8(in.pos, in.end), null)",
            types.message(),
            types.format(),
            List.class)
        .endControlFlow()
        .addStatement("$T timestamp = timestamp(in, clock)", OffsetDateTime.class)
        .addStatement("in.expect(' ', $S)", "SP after TIMESTAMP")
        .addStatement("String hostname = in.token(255, ' ', $S)", "HOSTNAME")
        .beginControlFlow("if (!in.skip(' '))")
        .addStatement(
            "return new $T($T.RFC3164, pri >> 3, pri & 7, 0, timestamp, hostname, null, null,"
                + " null, $T.of(), null, null)",
            types.message(),
            types.format(),
            List.class)
        .endControlFlow()
        .addStatement("return content(in, pri, timestamp, hostname)")
        .build();
  }

  private MethodSpec looksLikeTimestamp() {
    return MethodSpec.methodBuilder("looksLikeTimestamp")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addJavadoc("{@code Mmm dd hh:mm:ss}, {@code Mmm  d hh:mm:ss} or {@code Mmm d hh:mm:ss}.\n")
        .returns(boolean.class)
        .addParameter(types.cursor(), "in")
        .addStatement("int p = in.pos")
        .beginControlFlow("if (in.end - p < 14 || in.monthAt(p) == 0 || in.buf[p + 3] != ' ')")
        .addStatement("return false")
        .endControlFlow()
        .addStatement("int colon = in.buf[p + 5] == ' ' ? p + 8 : p + 9")
        .addStatement(
            "return colon + 6 <= in.end && in.buf[colon] == ':' && in.buf[colon + 3] == ':'")
        .build();
  }

  private MethodSpec timestamp() {
    return MethodSpec.methodBuilder("timestamp")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(OffsetDateTime.class)
        .addException(types.parseException())
        .addParameter(types.cursor(), "in")
        .addParameter(Clock.class, "clock")
        .addStatement("int from = in.pos")
        .addStatement("int month = in.month()")
        .addStatement("in.expect(' ', $S)", "SP after month")
        .addStatement("in.skip(' ')")
        .addStatement("int day = in.digits(1, 2, $S)", "day of month")
        .addStatement("in.expect(' ', $S)", "SP after day")
        .addStatement("int secondOfDay = in.timeOfDay()")
        .addStatement("$T now = $T.now(clock)", ZonedDateTime.class, ZonedDateTime.class)
        .addStatement(
            "$T local = localDateTime(now.getYear(), month, day, secondOfDay)", LocalDateTime.class)
        .beginControlFlow("if (local == null || local.isAfter(now.toLocalDateTime().plusDays(1)))")
        .addStatement("local = localDateTime(now.getYear() - 1, month, day, secondOfDay)")
        .endControlFlow()
        .beginControlFlow("if (local == null)")
        .addStatement("throw in.failAt(from, $S)", "a valid date")
        .endControlFlow()
        .addStatement("return local.atZone(clock.getZone()).toOffsetDateTime()")
        .build();
  }

  private MethodSpec localDateTime() {
    return MethodSpec.methodBuilder("localDateTime")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addJavadoc("The date-time in {@code year}, or null if that year has no such day.\n")
        .returns(LocalDateTime.class)
        .addParameter(int.class, "year")
        .addParameter(int.class, "month")
        .addParameter(int.class, "day")
        .addParameter(int.class, "secondOfDay")
        .beginControlFlow(
            "if (day < 1 || day > $T.of(month).length($T.isLeap(year)))", Month.class, Year.class)
        .addStatement("return null")
        .endControlFlow()
        .addStatement(
            "return $T.of(year, month, day, secondOfDay / 3600, secondOfDay / 60 % 60,"
                + " secondOfDay % 60)",
            LocalDateTime.class)
        .build();
  }

  private MethodSpec content() {
    return MethodSpec.methodBuilder("content")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addJavadoc("Reads {@code TAG[PID]: MSG} after the host; the TAG is optional.\n")
        .returns(types.message())
        .addException(types.parseException())
        .addParameter(types.cursor(), "in")
        .addParameter(int.class, "pri")
        .addParameter(OffsetDateTime.class, "timestamp")
        .addParameter(String.class, "hostname")
        .addComment("Cisco devices may put the mnemonic where the TAG would be.")
        .addStatement("$T cisco = $T.mnemonic(in, -1)", types.cisco(), types.ciscoLogParser())
        .addStatement("String tag = null")
        .addStatement("String procId = null")
        .beginControlFlow("if (cisco == null)")
        .addStatement("int from = in.pos")
        .addStatement("int limit = Math.min(in.end, from + 48)")
        .addStatement("int p = from")
        .beginControlFlow(
            "while (p < limit && in.buf[p] >= 33 && in.buf[p] <= 126 && in.buf[p] != ':'"
                + " && in.buf[p] != '[')")
        .addStatement("p++")
        .endControlFlow()
        .addStatement("int stop = p < in.end ? in.buf[p] : -1")
        .beginControlFlow("if (p > from && (stop == '[' || stop == ':' || stop == ' ' || stop == -1))")
        .addStatement("tag = in.ascii(from, p)")
        .addStatement("in.pos = p")
        .beginControlFlow("if (in.skip('['))")
        .addStatement("procId = in.token(128, ']', $S)", "PID")
        .addStatement("in.expect(']', $S)", "']' closing PID")
        .endControlFlow()
        .addStatement("in.skip(':')")
        .addStatement("in.skip(' ')")
        .endControlFlow()
        .addStatement("cisco = $T.mnemonic(in, -1)", types.ciscoLogParser())
        .endControlFlow()
        .addStatement("String msg = in.atEnd() ? null : in.utf8(in.pos, in.end)")
        .addStatement(
            "return new $T($T.RFC3164, pri >> 3, pri & 7, 0, timestamp, hostname, tag, procId,"
                + " null, $T.of(), msg, cisco)",
            types.message(),
            types.format(),
            List.class)
        .build();
  }
}
