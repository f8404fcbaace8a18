package dev.eventgen.emit.jms;

import static dev.eventgen.emit.jms.JmsTypes.CONNECTION_FACTORY;
import static dev.eventgen.emit.jms.JmsTypes.JMS_EXCEPTION;
import static dev.eventgen.emit.jms.JmsTypes.JMS_SUBSCRIBER_BUILDER;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.eventgen.emit.Javadocs;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Api>JmsSubscriber}: the runtime's {@code JmsSubscriber} (sessions, shared durable
 * subscriptions, acknowledgement, reconnect) named after the API, with factories that take its
 * listener and subscribe its channels.
 */
final class SubscriberWriter {

  private final JmsNames jms;
  private final ClassName self;
  private final TypeName builder;

  SubscriberWriter(JmsNames jms) {
    this.jms = jms;
    this.self = jms.subscriber();
    this.builder = ParameterizedTypeName.get(JMS_SUBSCRIBER_BUILDER, self);
  }

  TypeSpec write() {
    return TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(JmsTypes.JMS_SUBSCRIBER)
        .addJavadoc("$L", Javadocs.wrap(typeDoc()))
        .addStaticBlock(jms.requireRuntime())
        .addMethod(
            MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(builder, "builder")
                .addStatement("super(builder)")
                .build())
        .addMethod(create())
        .addMethod(builder())
        .build();
  }

  private String typeDoc() {
    return "Subscribes a {@link "
        + jms.names().listener().simpleName()
        + "} to the JMS channels of the "
        + Javadocs.escape(jms.api().title())
        + " on any {@code ConnectionFactory}.\n\n"
        + "<pre>{@code\n"
        + "try (var subscriber = "
        + self.simpleName()
        + ".create(connectionFactory, listener)) {\n"
        + "  ...\n"
        + "}\n"
        + "}</pre>\n\n"
        + "<p>Every channel of {@link "
        + jms.channelEnum().simpleName()
        + "} is subscribed unless {@link JmsSubscriber.Builder#channels} names a subset,"
        + " through shared durable subscriptions if {@link"
        + " JmsSubscriber.Builder#sharedDurableSubscription} is set. A message is acknowledged"
        + " after the listener returned, and the subscriber reconnects by itself when the"
        + " connection breaks: see {@link JmsSubscriber}.\n\n"
        + "<p>Threads: each channel has its own JMS session and delivery thread, so the listener"
        + " is called for different channels at the same time (it must be thread-safe), and for"
        + " one channel one message at a time, in delivery order. {@link"
        + " JmsSubscriber.Builder#orderedDelivery} delivers every channel on one thread, in"
        + " arrival order.\n\n"
        + "<p>A message lacking a JMS property its headers schema requires goes to {@code"
        + " onMalformed} as {@code MISSING_HEADER}, naming it, unless {@link"
        + " JmsSubscriber.Builder#requireHeaders} is false.\n";
  }

  private MethodSpec create() {
    return MethodSpec.methodBuilder("create")
        .addJavadoc("Subscribes every channel with the default options.\n\n")
        .addJavadoc("@param factory the provider's connection factory\n")
        .addJavadoc("@param listener receives the events and the problems\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self)
        .addParameter(CONNECTION_FACTORY, "factory")
        .addParameter(jms.names().listener(), "listener")
        .addException(JMS_EXCEPTION)
        .addStatement("return builder(factory, listener).start()")
        .build();
  }

  private MethodSpec builder() {
    return MethodSpec.methodBuilder("builder")
        .addJavadoc("Options first, then {@link JmsSubscriber.Builder#start()}.\n\n")
        .addJavadoc("@param factory the provider's connection factory\n")
        .addJavadoc("@param listener receives the events and the problems\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(builder)
        .addParameter(CONNECTION_FACTORY, "factory")
        .addParameter(jms.names().listener(), "listener")
        .addStatement("$T.requireNonNull(listener, $S)", Objects.class, "listener")
        .addStatement(
            "return new $T<>(factory, $T.of($T.values()),\n$>$>"
                + "options -> new $T(listener, options), $T::new)$<$<",
            JMS_SUBSCRIBER_BUILDER,
            List.class,
            jms.channelEnum(),
            jms.dispatcher(),
            self)
        .build();
  }
}
