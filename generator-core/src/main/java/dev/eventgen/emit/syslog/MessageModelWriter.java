package dev.eventgen.emit.syslog;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Writes the transport-level syslog model, independent of any spec: the wire format, SD params
 * and elements, the Cisco parts and the message itself.
 */
final class MessageModelWriter {

  private final SyslogTypes types;

  MessageModelWriter(SyslogTypes types) {
    this.types = types;
  }

  List<TypeSpec> types() {
    return List.of(format(), sdParam(), sdElement(), cisco(), message());
  }

  private TypeSpec format() {
    return TypeSpec.enumBuilder(types.format())
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("The syslog wire format a message was read in.\n")
        .addEnumConstant(
            "RFC5424",
            TypeSpec.anonymousClassBuilder("")
                .addJavadoc("RFC 5424: {@code <PRI>1 TIMESTAMP HOST APP PROCID MSGID SD MSG}.\n")
                .build())
        .addEnumConstant(
            "RFC3164",
            TypeSpec.anonymousClassBuilder("")
                .addJavadoc("RFC 3164 (BSD): {@code <PRI>Mmm dd hh:mm:ss HOST TAG[PID]: MSG}.\n")
                .build())
        .addEnumConstant(
            "CISCOLOG",
            TypeSpec.anonymousClassBuilder("")
                .addJavadoc(
                    "Cisco contact-centre CiscoLog: {@code <PRI>SEQ: HOST: Mmm dd yyyy"
                        + " hh:mm:ss.mmm TZ: %APP-SEV-MNEMONIC: [k=v]...: text}.\n")
                .build())
        .build();
  }

  private TypeSpec sdParam() {
    return new Records(types.sdParam().simpleName(), "One name-value pair of structured data.")
        .component(ClassName.get(String.class), "name", "the PARAM-NAME (or CiscoLog key)")
        .component(ClassName.get(String.class), "value", "the value, escapes already removed")
        .component(
            TypeName.INT,
            "valueOffset",
            "byte offset of the value in the line it was read from, or -1 if not read")
        .compact(requireNonNull("name", "value"))
        .builder()
        .addMethod(
            MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("A param that was not read from a line.\n")
                .addParameter(String.class, "name")
                .addParameter(String.class, "value")
                .addStatement("this(name, value, -1)")
                .build())
        .build();
  }

  private TypeSpec sdElement() {
    TypeName params = listOf(types.sdParam());
    return new Records(
            types.sdElement().simpleName(),
            "One structured-data element: an SD-ID and its params in wire order (a name may"
                + " repeat).")
        .component(ClassName.get(String.class), "id", "the SD-ID, e.g. {@code cvp@9}")
        .component(params, "params", "the params in wire order")
        .compact(
            CodeBlock.builder()
                .addStatement("$T.requireNonNull(id, $S)", Objects.class, "id")
                .addStatement("params = $T.copyOf(params)", List.class)
                .build())
        .builder()
        .addMethod(firstValue())
        .addMethod(allValues())
        .build();
  }

  private MethodSpec firstValue() {
    return MethodSpec.methodBuilder("value")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("The value of the first param called {@code name}, or null if there is none.\n")
        .returns(String.class)
        .addParameter(String.class, "name")
        .beginControlFlow("for ($T param : params)", types.sdParam())
        .beginControlFlow("if (param.name().equals(name))")
        .addStatement("return param.value()")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return null")
        .build();
  }

  private MethodSpec allValues() {
    return MethodSpec.methodBuilder("values")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("The values of every param called {@code name}, in wire order.\n")
        .returns(listOf(ClassName.get(String.class)))
        .addParameter(String.class, "name")
        .addStatement("$T<$T> values = new $T<>()", List.class, String.class, ArrayList.class)
        .beginControlFlow("for ($T param : params)", types.sdParam())
        .beginControlFlow("if (param.name().equals(name))")
        .addStatement("values.add(param.value())")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return values")
        .build();
  }

  private TypeSpec cisco() {
    return new Records(
            types.cisco().simpleName(),
            "The Cisco parts of a message: {@code SEQ:} and {@code %APP-SEVERITY-MNEMONIC:"
                + " [k=v]...}, as CiscoLog and Cisco devices write them.")
        .component(TypeName.LONG, "sequence", "the sequence number, or -1 if the line has none")
        .component(ClassName.get(String.class), "app", "the APP (or facility) part")
        .component(TypeName.INT, "severity", "the SEV digit, 0-7")
        .component(ClassName.get(String.class), "mnemonic", "the MNEMONIC part")
        .component(listOf(types.sdParam()), "params", "the {@code [k=v]} params in wire order")
        .compact(
            CodeBlock.builder()
                .add(requireNonNull("app", "mnemonic"))
                .addStatement("params = $T.copyOf(params)", List.class)
                .build())
        .builder()
        .build();
  }

  private TypeSpec message() {
    ClassName string = ClassName.get(String.class);
    return new Records(
            types.message().simpleName(),
            "A syslog message as read from the wire. Fields the format lacks, or that were"
                + " sent as NILVALUE ({@code -}), are null.")
        .component(types.format(), "format", "the wire format")
        .component(TypeName.INT, "facility", "the facility, 0-23")
        .component(TypeName.INT, "severity", "the severity, 0 (emergency) to 7 (debug)")
        .component(TypeName.INT, "version", "the RFC 5424 VERSION, 0 for the other formats")
        .component(
            ClassName.get(OffsetDateTime.class),
            "timestamp",
            "the TIMESTAMP with its offset, or null")
        .component(string, "hostname", "the HOSTNAME, or null")
        .component(string, "appName", "the APP-NAME (RFC 3164: the TAG), or null")
        .component(string, "procId", "the PROCID (RFC 3164: the {@code [pid]}), or null")
        .component(string, "msgId", "the MSGID, or null")
        .component(
            listOf(types.sdElement()), "structuredData", "the SD elements in wire order")
        .component(
            string,
            "msg",
            "the MSG text without BOM, or null if absent (CiscoLog and Cisco RFC 3164: the text"
                + " after the mnemonic and params)")
        .component(types.cisco(), "cisco", "the Cisco parts, or null")
        .compact(
            CodeBlock.builder()
                .add(requireNonNull("format"))
                .beginControlFlow("if (facility < 0 || facility > 23 || severity < 0 || severity > 7)")
                .addStatement(
                    "throw new IllegalArgumentException($S + facility + $S + severity)",
                    "facility 0-23 and severity 0-7 expected: ",
                    "/")
                .endControlFlow()
                .addStatement("structuredData = $T.copyOf(structuredData)", List.class)
                .build())
        .builder()
        .addMethod(sdElementById())
        .addMethod(
            MethodSpec.methodBuilder("priority")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("The PRI value: {@code facility * 8 + severity}.\n")
                .returns(TypeName.INT)
                .addStatement("return facility * 8 + severity")
                .build())
        .build();
  }

  private MethodSpec sdElementById() {
    return MethodSpec.methodBuilder("sdElement")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("The first SD element with the given SD-ID, or null.\n")
        .returns(types.sdElement())
        .addParameter(String.class, "id")
        .beginControlFlow("for ($T element : structuredData)", types.sdElement())
        .beginControlFlow("if (element.id().equals(id))")
        .addStatement("return element")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return null")
        .build();
  }

  private static CodeBlock requireNonNull(String... fields) {
    CodeBlock.Builder code = CodeBlock.builder();
    for (String field : fields) {
      code.addStatement("$T.requireNonNull($N, $S)", Objects.class, field, field);
    }
    return code.build();
  }

  static TypeName listOf(TypeName element) {
    return ParameterizedTypeName.get(ClassName.get(List.class), element);
  }
}
