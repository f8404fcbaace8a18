package dev.eventgen.emit.syslog;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/** Writes the dispatcher's {@code headers}: a syslog message's fields as context headers. */
final class ContextHeadersWriter {

  private final SyslogTypes types;

  ContextHeadersWriter(SyslogTypes types) {
    this.types = types;
  }

  List<MethodSpec> methods() {
    return List.of(headers(), put());
  }

  private MethodSpec headers() {
    return MethodSpec.methodBuilder("headers")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addJavadoc(
            "Header fields by name ({@code facility}, {@code severity}, {@code timestamp},"
                + " {@code hostname}, {@code appName}, {@code procId}, {@code msgId}, {@code"
                + " cisco.mnemonic}...), then SD params: those of the API's SD element (or the"
                + " Cisco params) by their name, others as {@code sdId/name}; the first of"
                + " repeated params. Absent fields are left out.\n")
        .returns(ParameterizedTypeName.get(Map.class, String.class, Object.class))
        .addParameter(types.message(), "message")
        .addStatement("$T<String, Object> headers = new $T<>()", Map.class, LinkedHashMap.class)
        .beginControlFlow("if (message == null)")
        .addStatement("return headers")
        .endControlFlow()
        .addStatement("put(headers, $S, message.format())", "format")
        .addStatement("put(headers, $S, message.facility())", "facility")
        .addStatement("put(headers, $S, message.severity())", "severity")
        .addStatement("put(headers, $S, message.timestamp())", "timestamp")
        .addStatement("put(headers, $S, message.hostname())", "hostname")
        .addStatement("put(headers, $S, message.appName())", "appName")
        .addStatement("put(headers, $S, message.procId())", "procId")
        .addStatement("put(headers, $S, message.msgId())", "msgId")
        .beginControlFlow("if (message.cisco() != null)")
        .addStatement("put(headers, $S, message.cisco().app())", "cisco.app")
        .addStatement("put(headers, $S, message.cisco().mnemonic())", "cisco.mnemonic")
        .beginControlFlow("for ($T param : message.cisco().params())", types.sdParam())
        .addStatement("put(headers, param.name(), param.value())")
        .endControlFlow()
        .endControlFlow()
        .beginControlFlow("for ($T element : message.structuredData())", types.sdElement())
        .addStatement(
            "String prefix = element.id().equals($T.SD_ID) ? $S : element.id() + '/'",
            types.decoder(), "")
        .beginControlFlow("for ($T param : element.params())", types.sdParam())
        .addStatement("put(headers, prefix + param.name(), param.value())")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return headers")
        .build();
  }

  private static MethodSpec put() {
    return MethodSpec.methodBuilder("put")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(ParameterizedTypeName.get(Map.class, String.class, Object.class), "headers")
        .addParameter(String.class, "name")
        .addParameter(Object.class, "value")
        .beginControlFlow("if (value != null)")
        .addStatement("headers.putIfAbsent(name, value)")
        .endControlFlow()
        .build();
  }
}
