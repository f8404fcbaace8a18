package dev.eventgen.emit.records;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/** The descriptor's nested {@code Channel} record and {@code DestinationKind} enum. */
final class ChannelRecord {

  private ChannelRecord() {}

  static TypeSpec write(ClassName channel, ClassName kind) {
    ParameterizedTypeName stringList = ParameterizedTypeName.get(List.class, String.class);
    return TypeSpec.recordBuilder(channel)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc(
            "A channel of the API.\n\n"
                + "@param address where messages travel, e.g. {@code cvp/calls/started}; null if\n"
                + "    the spec leaves it open\n"
                + "@param jmsDestination the JMS destination name, or null without a JMS binding\n"
                + "@param jmsDestinationKind topic or queue, or null without a JMS binding\n"
                + "@param messageNames names of the spec messages the channel carries\n")
        .recordConstructor(
            MethodSpec.compactConstructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addParameter(String.class, "address")
                .addParameter(String.class, "jmsDestination")
                .addParameter(kind, "jmsDestinationKind")
                .addParameter(ParameterSpec.builder(stringList, "messageNames").build())
                .addStatement("messageNames = $T.copyOf(messageNames)", List.class)
                .build())
        .build();
  }

  static TypeSpec destinationKinds(ClassName kind) {
    return TypeSpec.enumBuilder(kind)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Kinds of JMS destination.\n")
        .addEnumConstant(
            "TOPIC", TypeSpec.anonymousClassBuilder("").addJavadoc("Publish/subscribe.\n").build())
        .addEnumConstant(
            "QUEUE", TypeSpec.anonymousClassBuilder("").addJavadoc("Point to point.\n").build())
        .addEnumConstant(
            "FIFO_QUEUE",
            TypeSpec.anonymousClassBuilder("").addJavadoc("Point to point, in order.\n").build())
        .build();
  }
}
