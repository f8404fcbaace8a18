package dev.eventgen.emit.listener;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.eventgen.emit.JavaNames;
import dev.eventgen.emit.Javadocs;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/** Writes the transport-neutral {@code EventContext} record: where and how an event arrived. */
final class EventContextWriter {

  private static final TypeName HEADERS =
      ParameterizedTypeName.get(Map.class, String.class, Object.class);

  TypeSpec write(JavaNames names) {
    ClassName context = names.eventContext();
    return TypeSpec.recordBuilder(context)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc(
            "$L",
            Javadocs.wrap(
                "Where and how a message arrived, with its raw bytes, for every transport.\n\n"
                    + "@param transport {@value #JMS} or {@value #SYSLOG}\n"
                    + "@param channel the channel address, or null if it could not be determined\n"
                    + "@param destination the JMS destination name, or the syslog peer address\n"
                    + "@param messageName the spec's message name, or null if the message maps to"
                    + " none\n"
                    + "@param headers JMS headers and properties, or syslog header fields and"
                    + " structured-data parameters, in arrival order; read-only (a transport's are"
                    + " built when first read)\n"
                    + "@param redelivered true if the transport says it delivered this message"
                    + " before\n"
                    + "@param body the raw bytes as received; not copied, do not modify\n"))
        .addField(constant("JMS", "jms", "The {@code transport} of messages received over JMS."))
        .addField(
            constant("SYSLOG", "syslog", "The {@code transport} of messages received as syslog."))
        .recordConstructor(constructor(names.eventHeaders()))
        .addMethod(bodyText())
        .addMethod(header())
        .addMethod(toStringMethod())
        .addType(new HeadersWriter().write(names.eventHeaders()))
        .build();
  }

  private static FieldSpec constant(String name, String value, String doc) {
    return FieldSpec.builder(String.class, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("$L\n", doc)
        .initializer("$S", value)
        .build();
  }

  private static MethodSpec constructor(ClassName headersType) {
    return MethodSpec.compactConstructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addParameter(String.class, "transport")
        .addParameter(String.class, "channel")
        .addParameter(String.class, "destination")
        .addParameter(String.class, "messageName")
        .addParameter(HEADERS, "headers")
        .addParameter(boolean.class, "redelivered")
        .addParameter(byte[].class, "body")
        .addStatement("$T.requireNonNull(transport, $S)", Objects.class, "transport")
        .addComment("A transport's Headers are fixed already; any other map is copied.")
        .addStatement(
            "headers =$Wheaders == null$W? $T.of()$W: headers instanceof $T$W? headers$W:"
                + " $T.unmodifiableMap(new $T<>(headers))",
            Map.class,
            headersType,
            Collections.class,
            LinkedHashMap.class)
        .addStatement("body = body == null ? new byte[0] : body")
        .build();
  }

  private static MethodSpec bodyText() {
    return MethodSpec.methodBuilder("bodyText")
        .addJavadoc("The body decoded as UTF-8; malformed sequences become U+FFFD.\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return new String(body, $T.UTF_8)", StandardCharsets.class)
        .build();
  }

  private static MethodSpec header() {
    return MethodSpec.methodBuilder("header")
        .addJavadoc("The header or property of that name, or null if absent.\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(Object.class)
        .addParameter(String.class, "name")
        .addStatement("return headers.get(name)")
        .build();
  }

  private static MethodSpec toStringMethod() {
    return MethodSpec.methodBuilder("toString")
        .addJavadoc("Shows the body's size rather than its bytes, which may be large.\n")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement(
            "return \"EventContext[transport=\" + transport + \", channel=\" + channel$W"
                + "+ \", destination=\" + destination + \", messageName=\" + messageName$W"
                + "+ \", headers=\" + headers + \", redelivered=\" + redelivered$W"
                + "+ \", body=\" + body.length + \" bytes]\"")
        .build();
  }
}
