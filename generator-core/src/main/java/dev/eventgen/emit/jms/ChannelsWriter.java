package dev.eventgen.emit.jms;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.eventgen.emit.Javadocs;
import dev.eventgen.model.Channel;
import dev.eventgen.model.JmsDestination;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Api>Destinations} (a string constant per JMS destination, usable in annotations)
 * and {@code <Api>JmsChannel} (each JMS channel with its address, destination, kind and messages).
 */
final class ChannelsWriter {

  private static final TypeName STRING = ClassName.get(String.class);
  private static final TypeName STRINGS = ParameterizedTypeName.get(List.class, String.class);

  private final JmsNames jms;

  ChannelsWriter(JmsNames jms) {
    this.jms = jms;
  }

  TypeSpec destinations() {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(jms.destinations())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "$L",
                Javadocs.wrap(
                    "JMS destination names of the "
                        + Javadocs.escape(jms.api().title())
                        + ", one per channel. See {@link "
                        + jms.channelEnum().simpleName()
                        + "} for their kinds and messages.\n"))
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (Channel channel : jms.channels()) {
      type.addField(
          FieldSpec.builder(
                  String.class,
                  jms.constant(channel),
                  Modifier.PUBLIC,
                  Modifier.STATIC,
                  Modifier.FINAL)
              .addJavadoc("$L", Javadocs.wrap(describe(channel)))
              .initializer("$S", channel.jms().destination())
              .build());
    }
    return type.build();
  }

  private static String describe(Channel channel) {
    String kind = kindOf(channel.jms()).toLowerCase(Locale.ROOT);
    String address = channel.address() == null ? channel.name() : channel.address();
    // No channel title: AsyncAPI 2.x has none, and both versions must give the same sources.
    String text = "The " + kind + " of channel {@code " + Javadocs.escape(address) + "}";
    return text + ": " + String.join(", ", channel.messageNames()) + ".\n";
  }

  /** JMS knows topics and queues; a FIFO queue is a queue to a JMS client. */
  static String kindOf(JmsDestination destination) {
    return destination.kind() == JmsDestination.Kind.TOPIC ? "TOPIC" : "QUEUE";
  }

  TypeSpec channelEnum() {
    ClassName self = jms.channelEnum();
    TypeSpec.Builder type =
        TypeSpec.enumBuilder(self)
            .addModifiers(Modifier.PUBLIC)
            .addSuperinterface(JmsTypes.JMS_CHANNEL)
            .addJavadoc(
                "$L",
                Javadocs.wrap(
                    "The channels of the "
                        + Javadocs.escape(jms.api().title())
                        + " that have a JMS destination.\n"))
            .addField(
                FieldSpec.builder(
                        ParameterizedTypeName.get(ClassName.get(Map.class), STRING, self),
                        "BY_DESTINATION",
                        Modifier.PRIVATE,
                        Modifier.STATIC,
                        Modifier.FINAL)
                    .initializer("new $T<>()", HashMap.class)
                    .build())
            .addStaticBlock(
                CodeBlock.builder()
                    .beginControlFlow("for ($T channel : values())", self)
                    .addStatement("BY_DESTINATION.put(channel.destination, channel)")
                    .endControlFlow()
                    .build());
    for (Channel channel : jms.channels()) {
      type.addEnumConstant(jms.constant(channel), constant(channel));
    }
    addField(type, STRING, "address", "The channel's address, or null if the spec has none.");
    addField(type, STRING, "destination", "The JMS destination name.");
    addField(
        type, JmsTypes.JMS_CHANNEL_KIND, "kind", "Whether the destination is a topic or a queue.");
    addField(type, STRINGS, "messageNames", "Names of the spec messages the channel carries.");
    return type.addMethod(constructor()).addMethod(forDestination(self)).build();
  }

  private TypeSpec constant(Channel channel) {
    CodeBlock messages =
        channel.messageNames().stream()
            .map(name -> CodeBlock.of("$S", name))
            .collect(CodeBlock.joining(", "));
    return TypeSpec.anonymousClassBuilder(
            "$S,$W$T.$N, $T.$L,$W$T.of($L)",
            channel.address(),
            jms.destinations(),
            jms.constant(channel),
            JmsTypes.JMS_CHANNEL_KIND,
            kindOf(channel.jms()),
            List.class,
            messages)
        .addJavadoc("$L", Javadocs.wrap(describe(channel)))
        .build();
  }

  private static void addField(TypeSpec.Builder type, TypeName typeName, String name, String doc) {
    type.addField(typeName, name, Modifier.PRIVATE, Modifier.FINAL);
    type.addMethod(
        MethodSpec.methodBuilder(name)
            .addJavadoc("$L\n", doc)
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(typeName)
            .addStatement("return $N", name)
            .build());
  }

  private MethodSpec constructor() {
    return MethodSpec.constructorBuilder()
        .addParameter(String.class, "address")
        .addParameter(String.class, "destination")
        .addParameter(JmsTypes.JMS_CHANNEL_KIND, "kind")
        .addParameter(STRINGS, "messageNames")
        .addStatement("this.address = address")
        .addStatement("this.destination = destination")
        .addStatement("this.kind = kind")
        .addStatement("this.messageNames = messageNames")
        .build();
  }

  private static MethodSpec forDestination(ClassName self) {
    return MethodSpec.methodBuilder("forDestination")
        .addJavadoc("The channel of a destination name, or null if no channel uses it.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self)
        .addParameter(String.class, "destination")
        .addStatement("return destination == null ? null : BY_DESTINATION.get(destination)")
        .build();
  }
}
