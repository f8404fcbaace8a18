package dev.eventgen.emit.jms;

import static dev.eventgen.emit.jms.JmsTypes.CONNECTION_FACTORY;
import static dev.eventgen.emit.jms.JmsTypes.JMS_EXCEPTION;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;

/** Writes the subscriber's nested {@code Builder}: channels, subscription and reconnect options. */
final class SubscriberBuilderWriter {

  private final JmsNames jms;
  private final ClassName builder;
  private final ClassName state;

  SubscriberBuilderWriter(JmsNames jms) {
    this.jms = jms;
    this.builder = jms.subscriber().nestedClass("Builder");
    this.state = jms.subscriber().nestedClass("State");
  }

  static TypeName stateListener(ClassName state) {
    return ParameterizedTypeName.get(ClassName.get(Consumer.class), state);
  }

  TypeSpec write() {
    ClassName channel = jms.channelEnum();
    return TypeSpec.classBuilder(builder)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Options of a subscriber; {@link #start()} connects it.\n")
        .addField(CONNECTION_FACTORY, "factory", Modifier.FINAL)
        .addField(jms.names().listener(), "listener", Modifier.FINAL)
        .addField(
            FieldSpec.builder(
                    ParameterizedTypeName.get(ClassName.get(Set.class), channel),
                    "channels",
                    Modifier.FINAL)
                .initializer("$T.allOf($T.class)", EnumSet.class, channel)
                .build())
        .addField(String.class, "clientId")
        .addField(String.class, "subscriptionName")
        .addField(
            FieldSpec.builder(Duration.class, "minBackoff")
                .initializer("$T.ofMillis(100)", Duration.class)
                .build())
        .addField(
            FieldSpec.builder(Duration.class, "maxBackoff")
                .initializer("$T.ofSeconds(30)", Duration.class)
                .build())
        .addField(
            FieldSpec.builder(stateListener(state), "stateListener")
                .initializer("state -> { }")
                .build())
        .addField(
            FieldSpec.builder(jms.subscriber().nestedClass("Acknowledgement"), "acknowledgement")
                .initializer("$T.EACH", jms.subscriber().nestedClass("Acknowledgement"))
                .build())
        .addField(
            FieldSpec.builder(int.class, "maxBodyBytes")
                .initializer("$T.DEFAULT_MAX_BODY_BYTES", jms.dispatcher())
                .build())
        .addMethod(
            MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(CONNECTION_FACTORY, "factory")
                .addParameter(jms.names().listener(), "listener")
                .addStatement(
                    "this.factory = $T.requireNonNull(factory, $S)", Objects.class, "factory")
                .addStatement(
                    "this.listener = $T.requireNonNull(listener, $S)", Objects.class, "listener")
                .build())
        .addMethod(channels(channel))
        .addMethod(
            setter(
                "clientId",
                ClassName.get(String.class),
                "The JMS client id of the connection; unset by default. Leave it unset when\n"
                    + "several instances share a subscription: a client id is unique per"
                    + " connection."))
        .addMethod(sharedDurable())
        .addMethod(backoff())
        .addMethod(
            setter(
                "stateListener",
                stateListener(state),
                "Told of every state change, on the thread that caused it; must not block."))
        .addMethod(
            setter(
                "acknowledgement",
                jms.subscriber().nestedClass("Acknowledgement"),
                "When messages are acknowledged, always after the listener returned; {@link\n"
                    + "Acknowledgement#EACH} by default."))
        .addMethod(maxBodyBytes())
        .addMethod(start())
        .build();
  }

  private MethodSpec channels(ClassName channel) {
    return MethodSpec.methodBuilder("channels")
        .addJavadoc("Subscribe only these channels; all by default.\n")
        .addModifiers(Modifier.PUBLIC)
        .varargs()
        .returns(builder)
        .addParameter(ArrayTypeName.of(channel), "channels")
        .beginControlFlow("if (channels.length == 0)")
        .addStatement("throw new $T($S)", IllegalArgumentException.class, "no channel given")
        .endControlFlow()
        .addStatement("this.channels.clear()")
        .addStatement("this.channels.addAll($T.asList(channels))", Arrays.class)
        .addStatement("return this")
        .build();
  }

  private MethodSpec setter(String name, TypeName typeName, String doc) {
    return MethodSpec.methodBuilder(name)
        .addJavadoc("$L\n", doc)
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(typeName, name)
        .addStatement("this.$N = $T.requireNonNull($N, $S)", name, Objects.class, name, name)
        .addStatement("return this")
        .build();
  }

  private MethodSpec sharedDurable() {
    return MethodSpec.methodBuilder("sharedDurableSubscription")
        .addJavadoc(
            "Subscribe topics through shared durable subscriptions named {@code"
                + " <name>.<channel>}:\n"
                + "messages published while no instance is connected wait for it, and instances\n"
                + "using the same name share the messages between them, each going to one.\n"
                + "Queues are always shared. Unset by default: non-durable topic subscriptions.\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(String.class, "name")
        .addStatement("this.subscriptionName = $T.requireNonNull(name, $S)", Objects.class, "name")
        .addStatement("return this")
        .build();
  }

  private MethodSpec backoff() {
    return MethodSpec.methodBuilder("reconnectBackoff")
        .addJavadoc(
            "Wait {@code min} before the first reconnect attempt, doubling up to {@code max}\n"
                + "between later ones; 100 ms and 30 s by default.\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(Duration.class, "min")
        .addParameter(Duration.class, "max")
        .beginControlFlow("if (min.isNegative() || min.isZero() || max.compareTo(min) < 0)")
        .addStatement(
            "throw new $T($S + min + $S + max)",
            IllegalArgumentException.class,
            "need 0 < min <= max, got ",
            ", ")
        .endControlFlow()
        .addStatement("this.minBackoff = min")
        .addStatement("this.maxBackoff = max")
        .addStatement("return this")
        .build();
  }

  private MethodSpec maxBodyBytes() {
    return MethodSpec.methodBuilder("maxBodyBytes")
        .addJavadoc("Larger bodies are reported as {@code TOO_LARGE}; 1 MiB by default.\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(int.class, "maxBodyBytes")
        .addStatement("this.maxBodyBytes = maxBodyBytes")
        .addStatement("return this")
        .build();
  }

  private MethodSpec start() {
    return MethodSpec.methodBuilder("start")
        .addJavadoc(
            "Connects and subscribes; from then on the subscriber reconnects by itself.\n\n"
                + "@throws JMSException if the first connection fails; nothing is left running\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(jms.subscriber())
        .addException(JMS_EXCEPTION)
        .addStatement("$T subscriber = new $T(this)", jms.subscriber(), jms.subscriber())
        .addStatement("subscriber.start()")
        .addStatement("return subscriber")
        .build();
  }
}
