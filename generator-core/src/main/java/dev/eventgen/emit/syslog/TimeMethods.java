package dev.eventgen.emit.syslog;

import com.palantir.javapoet.MethodSpec;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Writes the date and time methods of {@code SyslogCursor}. */
final class TimeMethods {

  private final SyslogTypes types;

  TimeMethods(SyslogTypes types) {
    this.types = types;
  }

  List<MethodSpec> methods() {
    return List.of(month(), monthAt(), timeOfDay(), fraction(), zoneOffset(), dateTime());
  }

  private MethodSpec month() {
    return MethodSpec.methodBuilder("month")
        .addJavadoc("Reads an English month abbreviation ({@code Jan}-{@code Dec}), 1-12.\n")
        .returns(int.class)
        .addException(types.parseException())
        .addStatement("int month = monthAt(pos)")
        .beginControlFlow("if (month == 0)")
        .addStatement("throw fail($S)", "month name (Jan-Dec)")
        .endControlFlow()
        .addStatement("pos += 3")
        .addStatement("return month")
        .build();
  }

  private static MethodSpec monthAt() {
    return MethodSpec.methodBuilder("monthAt")
        .addJavadoc("The month (1-12) whose abbreviation starts at index {@code at}, or 0.\n")
        .returns(int.class)
        .addParameter(int.class, "at")
        .beginControlFlow("if (end - at < 3)")
        .addStatement("return 0")
        .endControlFlow()
        .beginControlFlow("for (int m = 0; m < 12; m++)")
        .beginControlFlow(
            "if (buf[at] == MONTHS.charAt(3 * m) && buf[at + 1] == MONTHS.charAt(3 * m + 1)\n"
                + "    && buf[at + 2] == MONTHS.charAt(3 * m + 2))")
        .addStatement("return m + 1")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return 0")
        .build();
  }

  private MethodSpec timeOfDay() {
    return MethodSpec.methodBuilder("timeOfDay")
        .addJavadoc("Reads {@code hh:mm:ss} and returns the second of the day.\n")
        .returns(int.class)
        .addException(types.parseException())
        .addStatement("int hour = bounded(2, 23, $S)", "hour 00-23")
        .addStatement("expect(':', $S)", "':' after hour")
        .addStatement("int minute = bounded(2, 59, $S)", "minute 00-59")
        .addStatement("expect(':', $S)", "':' after minute")
        .addStatement("int second = bounded(2, 59, $S)", "second 00-59")
        .addStatement("return hour * 3600 + minute * 60 + second")
        .build();
  }

  private MethodSpec fraction() {
    return MethodSpec.methodBuilder("fraction")
        .addJavadoc(
            "Reads an optional {@code .} and 1 to {@code maxDigits} digits of a second, as"
                + " nanoseconds; 0 if there is no fraction.\n")
        .returns(int.class)
        .addException(types.parseException())
        .addParameter(int.class, "maxDigits")
        .beginControlFlow("if (!skip('.'))")
        .addStatement("return 0")
        .endControlFlow()
        .addStatement("int from = pos")
        .addStatement(
            "int nanos = digits(1, maxDigits, $S)", "digits of a fraction of a second")
        .beginControlFlow("for (int n = pos - from; n < 9; n++)")
        .addStatement("nanos *= 10")
        .endControlFlow()
        .addStatement("return nanos")
        .build();
  }

  private MethodSpec zoneOffset() {
    return MethodSpec.methodBuilder("zoneOffset")
        .addJavadoc(
            "Reads {@code Z} or {@code +hh:mm} / {@code -hh:mm} (the colon optional unless"
                + " {@code colonRequired}), in seconds.\n")
        .returns(int.class)
        .addException(types.parseException())
        .addParameter(boolean.class, "colonRequired")
        .beginControlFlow("if (skip('Z'))")
        .addStatement("return 0")
        .endControlFlow()
        .addStatement("int sign = skip('+') ? 1 : skip('-') ? -1 : 0")
        .beginControlFlow("if (sign == 0)")
        .addStatement("throw fail($S)", "time offset ('Z', '+' or '-')")
        .endControlFlow()
        .addStatement("int hours = bounded(2, 18, $S)", "offset hours 00-18")
        .beginControlFlow("if (colonRequired)")
        .addStatement("expect(':', $S)", "':' in time offset")
        .nextControlFlow("else")
        .addStatement("skip(':')")
        .endControlFlow()
        .addStatement("int minutes = bounded(2, 59, $S)", "offset minutes 00-59")
        .addStatement("return sign * (hours * 3600 + minutes * 60)")
        .build();
  }

  private MethodSpec dateTime() {
    return MethodSpec.methodBuilder("dateTime")
        .addJavadoc(
            "The date-time read from index {@code from}; an impossible date (such as Feb 30) is"
                + " an error there.\n")
        .returns(OffsetDateTime.class)
        .addException(types.parseException())
        .addParameter(int.class, "from")
        .addParameter(int.class, "year")
        .addParameter(int.class, "month")
        .addParameter(int.class, "day")
        .addParameter(int.class, "secondOfDay")
        .addParameter(int.class, "nanos")
        .addParameter(int.class, "offsetSeconds")
        .beginControlFlow("try")
        .addStatement(
            "return $T.of(year, month, day, secondOfDay / 3600, secondOfDay / 60 % 60,"
                + " secondOfDay % 60, nanos, offsetSeconds == 0 ? $T.UTC :"
                + " $T.ofTotalSeconds(offsetSeconds))",
            OffsetDateTime.class,
            ZoneOffset.class,
            ZoneOffset.class)
        .nextControlFlow("catch ($T e)", DateTimeException.class)
        .addStatement("throw failAt(from, $S)", "a valid date and time")
        .endControlFlow()
        .build();
  }
}
