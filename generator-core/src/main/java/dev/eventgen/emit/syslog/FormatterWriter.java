package dev.eventgen.emit.syslog;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import javax.lang.model.element.Modifier;

/** Writes {@code SyslogFormatter}: any {@code SyslogMessage} as an RFC 5424 line. */
final class FormatterWriter {

  private final SyslogTypes types;

  FormatterWriter(SyslogTypes types) {
    this.types = types;
  }

  TypeSpec write() {
    return TypeSpec.classBuilder(types.formatter())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc(
            "Writes messages as RFC 5424 lines that {@link $T} reads back to the same fields.\n\n"
                + "<p>Whatever format a message was read in, the line is RFC 5424 (the Cisco parts"
                + " are not written). Null and empty header fields become NILVALUE (and a field"
                + " that is {@code -} reads back as null); the timestamp"
                + " keeps microseconds (the most RFC 5424 allows) and its offset; SD values are"
                + " escaped. A field RFC 5424 cannot carry (a space in a header field, an SD-NAME"
                + " longer than 32 characters) is refused with an {@link"
                + " IllegalArgumentException} rather than written wrong.\n",
            types.parser())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(format())
        .addMethod(formatBytes())
        .addMethod(field())
        .addMethod(sdName())
        .addMethod(timestamp())
        .addMethod(offset())
        .addMethod(pad())
        .addMethod(structuredData())
        .build();
  }

  private MethodSpec format() {
    return MethodSpec.methodBuilder("format")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("The RFC 5424 line, without a trailing newline.\n")
        .returns(String.class)
        .addParameter(types.message(), "message")
        .addStatement("StringBuilder out = new StringBuilder(256)")
        .addStatement("out.append('<').append(message.priority()).append($S)", ">1 ")
        .addStatement("timestamp(out, message.timestamp())")
        .addStatement("field(out.append(' '), message.hostname(), 255, $S)", "hostname")
        .addStatement("field(out.append(' '), message.appName(), 48, $S)", "appName")
        .addStatement("field(out.append(' '), message.procId(), 128, $S)", "procId")
        .addStatement("field(out.append(' '), message.msgId(), 32, $S)", "msgId")
        .addStatement("structuredData(out.append(' '), message)")
        .beginControlFlow("if (message.msg() != null)")
        .addStatement("out.append(' ').append(message.msg())")
        .endControlFlow()
        .addStatement("return out.toString()")
        .build();
  }

  private MethodSpec formatBytes() {
    return MethodSpec.methodBuilder("formatBytes")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("The RFC 5424 line as UTF-8 bytes, ready for a datagram.\n")
        .returns(byte[].class)
        .addParameter(types.message(), "message")
        .addStatement("return format(message).getBytes($T.UTF_8)", StandardCharsets.class)
        .build();
  }

  private static MethodSpec field() {
    return MethodSpec.methodBuilder("field")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(StringBuilder.class, "out")
        .addParameter(String.class, "value")
        .addParameter(int.class, "maxLength")
        .addParameter(String.class, "name")
        .beginControlFlow("if (value == null || value.isEmpty())")
        .addStatement("out.append('-')")
        .addStatement("return")
        .endControlFlow()
        .beginControlFlow("if (value.length() > maxLength)")
        .addStatement(
            "throw new IllegalArgumentException(name + $S + maxLength + $S + value)",
            " longer than ",
            " characters: ")
        .endControlFlow()
        .beginControlFlow("for (int i = 0; i < value.length(); i++)")
        .beginControlFlow("if (value.charAt(i) < 33 || value.charAt(i) > 126)")
        .addStatement(
            "throw new IllegalArgumentException(name + $S + value)",
            " must be printable US-ASCII: ")
        .endControlFlow()
        .endControlFlow()
        .addStatement("out.append(value)")
        .build();
  }

  private static MethodSpec sdName() {
    return MethodSpec.methodBuilder("sdName")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(StringBuilder.class, "out")
        .addParameter(String.class, "name")
        .addStatement("boolean valid = !name.isEmpty() && name.length() <= 32")
        .beginControlFlow("for (int i = 0; i < name.length() && valid; i++)")
        .addStatement("char c = name.charAt(i)")
        .addStatement("valid = c >= 33 && c <= 126 && c != '=' && c != ']' && c != '\"'")
        .endControlFlow()
        .beginControlFlow("if (!valid)")
        .addStatement("throw new IllegalArgumentException($S + name)", "not an SD-NAME: ")
        .endControlFlow()
        .addStatement("out.append(name)")
        .build();
  }

  private static MethodSpec timestamp() {
    return MethodSpec.methodBuilder("timestamp")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(StringBuilder.class, "out")
        .addParameter(OffsetDateTime.class, "time")
        .beginControlFlow("if (time == null)")
        .addStatement("out.append('-')")
        .addStatement("return")
        .endControlFlow()
        .beginControlFlow("if (time.getYear() < 0 || time.getYear() > 9999)")
        .addStatement("throw new IllegalArgumentException($S + time)", "year outside 0-9999: ")
        .endControlFlow()
        .addStatement("pad(out, time.getYear(), 4).append('-')")
        .addStatement("pad(out, time.getMonthValue(), 2).append('-')")
        .addStatement("pad(out, time.getDayOfMonth(), 2).append('T')")
        .addStatement("pad(out, time.getHour(), 2).append(':')")
        .addStatement("pad(out, time.getMinute(), 2).append(':')")
        .addStatement("pad(out, time.getSecond(), 2)")
        .addStatement("int micros = time.getNano() / 1000")
        .beginControlFlow("if (micros != 0)")
        .addStatement("int digits = 6")
        .beginControlFlow("while (micros % 10 == 0)")
        .addStatement("micros /= 10")
        .addStatement("digits--")
        .endControlFlow()
        .addStatement("pad(out.append('.'), micros, digits)")
        .endControlFlow()
        .addStatement("offset(out, time.getOffset().getTotalSeconds())")
        .build();
  }

  private static MethodSpec offset() {
    return MethodSpec.methodBuilder("offset")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addJavadoc("{@code Z} or {@code +hh:mm}; RFC 5424 offsets have no seconds.\n")
        .addParameter(StringBuilder.class, "out")
        .addParameter(int.class, "seconds")
        .beginControlFlow("if (seconds == 0)")
        .addStatement("out.append('Z')")
        .addStatement("return")
        .endControlFlow()
        .addStatement("int minutes = Math.abs(seconds) / 60")
        .addStatement("pad(out.append(seconds < 0 ? '-' : '+'), minutes / 60, 2).append(':')")
        .addStatement("pad(out, minutes % 60, 2)")
        .build();
  }

  private static MethodSpec pad() {
    return MethodSpec.methodBuilder("pad")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(StringBuilder.class)
        .addParameter(StringBuilder.class, "out")
        .addParameter(int.class, "value")
        .addParameter(int.class, "width")
        .addStatement("String digits = Integer.toString(value)")
        .beginControlFlow("for (int i = digits.length(); i < width; i++)")
        .addStatement("out.append('0')")
        .endControlFlow()
        .addStatement("return out.append(digits)")
        .build();
  }

  private MethodSpec structuredData() {
    return MethodSpec.methodBuilder("structuredData")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(StringBuilder.class, "out")
        .addParameter(types.message(), "message")
        .beginControlFlow("if (message.structuredData().isEmpty())")
        .addStatement("out.append('-')")
        .addStatement("return")
        .endControlFlow()
        .beginControlFlow("for ($T element : message.structuredData())", types.sdElement())
        .addStatement("sdName(out.append('['), element.id())")
        .beginControlFlow("for ($T param : element.params())", types.sdParam())
        .addStatement("sdName(out.append(' '), param.name())")
        .addStatement("out.append($S)", "=\"")
        .beginControlFlow("for (int i = 0; i < param.value().length(); i++)")
        .addStatement("char c = param.value().charAt(i)")
        .beginControlFlow("if (c == '\"' || c == '\\\\' || c == ']')")
        .addStatement("out.append('\\\\')")
        .endControlFlow()
        .addStatement("out.append(c)")
        .endControlFlow()
        .addStatement("out.append('\"')")
        .endControlFlow()
        .addStatement("out.append(']')")
        .endControlFlow()
        .build();
  }
}
