package dev.eventgen.emit.syslog;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.eventgen.emit.Javadocs;
import dev.eventgen.model.Message;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/** Writes {@code <Api>SyslogFormatter}: an event as RFC 5424, the inverse of the decoder. */
final class EventFormatterWriter {

  private final SyslogTypes types;
  private final SyslogMapping mapping;

  EventFormatterWriter(SyslogTypes types, SyslogMapping mapping) {
    this.types = types;
    this.mapping = mapping;
  }

  TypeSpec write() {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(types.eventFormatter())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                Docs.of(
                    "Writes events as RFC 5424 lines that {@link $T} reads back to equal events:"
                        + " PRI from {@link #FACILITY} and the message's default severity, the"
                        + " message's MSGID, the fields as params of the SD element "
                        + Javadocs.code(mapping.structuredDataId())
                        + ", and"
                        + " a MSG of the form {@code %APP-SEV-MNEMONIC: title}.\n\n"
                        + "<p>The params are the event's JSON as {@link $T} writes it, flattened"
                        + " by {@link $T#ofJson}, so every value has its JSON text. An optional"
                        + " list that is empty, or an optional object with no field set, has no"
                        + " params and reads back as absent (null).\n",
                    types.decoder(),
                    types.names().json(),
                    types.params()))
            .addField(
                FieldSpec.builder(int.class, "FACILITY", Modifier.PUBLIC, Modifier.STATIC)
                    .addModifiers(Modifier.FINAL)
                    .addJavadoc("The facility of every line (the server's {@code x-syslog}).\n")
                    .initializer("$L", mapping.facility())
                    .build())
            .addField(
                FieldSpec.builder(
                        String.class, "APP_NAME_PATTERN", Modifier.PUBLIC, Modifier.STATIC)
                    .addModifiers(Modifier.FINAL)
                    .addJavadoc("The APP-NAME pattern the spec gives, for choosing an APP-NAME.\n")
                    .initializer("$S", mapping.appNamePattern())
                    .build())
            .addField(String.class, "hostname", Modifier.PRIVATE, Modifier.FINAL)
            .addField(String.class, "appName", Modifier.PRIVATE, Modifier.FINAL)
            .addMethod(constructor())
            .addMethod(format())
            .addMethod(message())
            .addMethod(build());
    return type.build();
  }

  private MethodSpec constructor() {
    return MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc(
            "@param hostname the HOSTNAME of every line, or null for NILVALUE\n"
                + "@param appName the APP-NAME of every line, e.g. {@code CVP_12_6_SIP}\n")
        .addParameter(String.class, "hostname")
        .addParameter(String.class, "appName")
        .addStatement("this.hostname = hostname")
        .addStatement("this.appName = $T.requireNonNull(appName, $S)", Objects.class, "appName")
        .build();
  }

  private MethodSpec format() {
    return MethodSpec.methodBuilder("format")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("The RFC 5424 line of the event, stamped with {@code timestamp}.\n")
        .returns(String.class)
        .addParameter(types.names().eventInterface(), "event")
        .addParameter(OffsetDateTime.class, "timestamp")
        .addStatement("return $T.format(message(event, timestamp))", types.formatter())
        .build();
  }

  private MethodSpec message() {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("message")
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                "The syslog message of the event.\n\n@throws IllegalArgumentException if the"
                    + " event's message has no syslog mapping\n")
            .returns(types.message())
            .addParameter(types.names().eventInterface(), "event")
            .addParameter(OffsetDateTime.class, "timestamp")
            .addStatement(
                "$T params = $T.ofJson($T.mapper().valueToTree(event))",
                types.params(),
                types.params(),
                types.names().json());
    for (Message message : mapping.messages()) {
      ClassName cls = types.names().messageClass(message);
      method
          .beginControlFlow("if (event instanceof $T)", cls)
          .addStatement(
              "return build($L, $S, $S,$W$S, params, timestamp)",
              message.syslog().severity(),
              message.syslog().msgId(),
              message.syslog().mnemonic() == null
                  ? message.syslog().msgId()
                  : message.syslog().mnemonic(),
              message.title() == null ? message.name() : message.title())
          .endControlFlow();
    }
    return method
        .addStatement(
            "throw new IllegalArgumentException($S + event.getClass().getSimpleName())",
            "no syslog mapping for ")
        .build();
  }

  private MethodSpec build() {
    return MethodSpec.methodBuilder("build")
        .addModifiers(Modifier.PRIVATE)
        .returns(types.message())
        .addParameter(int.class, "severity")
        .addParameter(String.class, "msgId")
        .addParameter(String.class, "mnemonic")
        .addParameter(String.class, "title")
        .addParameter(types.params(), "params")
        .addParameter(OffsetDateTime.class, "timestamp")
        .addStatement(
            "String text = '%' + appName + '-' + severity + '-' + mnemonic + $S + title", ": ")
        .addStatement(
            "$T element = new $T($S, params.list())",
            types.sdElement(),
            types.sdElement(),
            mapping.structuredDataId())
        .addStatement(
            "return new $T($T.RFC5424, FACILITY, severity, 1, timestamp,$Whostname, appName,"
                + " null, msgId, $T.of(element), text, null)",
            types.message(),
            types.format(),
            List.class)
        .build();
  }
}
