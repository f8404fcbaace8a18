package dev.eventgen.emit.jms;

import static dev.eventgen.emit.jms.JmsTypes.CONNECTION;
import static dev.eventgen.emit.jms.JmsTypes.CONNECTION_FACTORY;
import static dev.eventgen.emit.jms.JmsTypes.JMS_EXCEPTION;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.eventgen.emit.Javadocs;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Api>JmsSubscriber}: subscribes a listener to the JMS channels on any {@code
 * ConnectionFactory}, acknowledges after the listener returns, and reconnects by itself.
 */
final class SubscriberWriter {

  private static final String[][] STATES = {
    {"CONNECTING", "Connecting for the first time."},
    {"CONNECTED", "Connected and subscribed; messages flow."},
    {"DISCONNECTED", "The connection was lost; a reconnect follows."},
    {"RECONNECTING", "About to try to reconnect; reported before every attempt."},
    {"CLOSED", "Closed for good; reported once, last."}
  };

  private final JmsNames jms;
  private final ClassName self;
  private final ClassName state;
  private final ClassName builder;

  SubscriberWriter(JmsNames jms) {
    this.jms = jms;
    this.self = jms.subscriber();
    this.state = self.nestedClass("State");
    this.builder = self.nestedClass("Builder");
  }

  TypeSpec write() {
    return TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(AutoCloseable.class)
        .addJavadoc("$L", Javadocs.wrap(typeDoc()))
        .addType(stateEnum())
        .addType(AcknowledgementWriter.write(self.nestedClass("Acknowledgement")))
        .addField(
            FieldSpec.builder(
                    System.Logger.class, "LOG", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.getLogger($T.class.getName())", System.class, self)
                .build())
        .addField(CONNECTION_FACTORY, "factory", Modifier.PRIVATE, Modifier.FINAL)
        .addField(
            ParameterizedTypeName.get(ClassName.get(Set.class), jms.channelEnum()),
            "channels",
            Modifier.PRIVATE,
            Modifier.FINAL)
        .addField(String.class, "clientId", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String.class, "subscriptionName", Modifier.PRIVATE, Modifier.FINAL)
        .addField(
            self.nestedClass("Acknowledgement"),
            "acknowledgement",
            Modifier.PRIVATE,
            Modifier.FINAL)
        .addField(Duration.class, "minBackoff", Modifier.PRIVATE, Modifier.FINAL)
        .addField(Duration.class, "maxBackoff", Modifier.PRIVATE, Modifier.FINAL)
        .addField(
            SubscriberBuilderWriter.stateListener(state),
            "stateListener",
            Modifier.PRIVATE,
            Modifier.FINAL)
        .addField(jms.dispatcher(), "dispatcher", Modifier.PRIVATE, Modifier.FINAL)
        .addField(
            ScheduledThreadPoolExecutor.class, "reconnector", Modifier.PRIVATE, Modifier.FINAL)
        .addField(
            FieldSpec.builder(Object.class, "lock", Modifier.PRIVATE, Modifier.FINAL)
                .initializer("new Object()")
                .build())
        .addField(
            FieldSpec.builder(CONNECTION, "connection", Modifier.PRIVATE)
                .addJavadoc("The live connection, or null; guarded by {@code lock}.\n")
                .build())
        .addField(
            FieldSpec.builder(boolean.class, "closed", Modifier.PRIVATE)
                .addJavadoc("Guarded by {@code lock}.\n")
                .build())
        .addField(
            FieldSpec.builder(Thread.class, "reconnectThread", Modifier.PRIVATE, Modifier.VOLATILE)
                .build())
        .addField(FieldSpec.builder(state, "state", Modifier.PRIVATE, Modifier.VOLATILE).build())
        .addMethod(constructor())
        .addMethod(create())
        .addMethod(builderMethod())
        .addMethod(getter("state", state, "The current state."))
        .addMethod(
            MethodSpec.methodBuilder("counts")
                .addJavadoc("What the dispatcher has done so far, over all connections.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(jms.counts())
                .addStatement("return dispatcher.counts()")
                .build())
        .addMethod(start())
        .addMethods(new SubscriberConnectionWriter(jms).methods())
        .addMethod(close())
        .addMethod(awaitReconnector())
        .addMethod(changeState())
        .addMethod(notifyState())
        .addMethod(newReconnectThread())
        .addType(new SubscriberBuilderWriter(jms).write())
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
        + "<p>Every channel is subscribed unless {@link Builder#channels} names a subset: topics"
        + " with non-durable subscriptions, or shared durable ones ({@link"
        + " Builder#sharedDurableSubscription}) so messages wait while no instance runs and"
        + " several instances share the load; queues with plain consumers, which share anyway.\n\n"
        + "<p>Each channel gets its own session, and a message is acknowledged only after the"
        + " listener returned (or its failure was reported): delivery is at-least-once, and a"
        + " message may arrive twice after a failure. {@link Builder#acknowledgement} chooses"
        + " between acknowledging each message (the default) and lazily in batches.\n\n"
        + "<p>When the connection breaks (the provider's {@code ExceptionListener} fires) the"
        + " subscriber reconnects on its own, with exponential backoff, reporting every {@link"
        + " State} change. {@link #close()} is idempotent and stops every thread it started; do"
        + " not call it from a listener method.\n";
  }

  private TypeSpec stateEnum() {
    TypeSpec.Builder type =
        TypeSpec.enumBuilder(state)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("The life cycle of a subscriber.\n");
    for (String[] constant : STATES) {
      type.addEnumConstant(
          constant[0], TypeSpec.anonymousClassBuilder("").addJavadoc("$L\n", constant[1]).build());
    }
    return type.build();
  }

  private MethodSpec constructor() {
    return MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(builder, "builder")
        .addStatement("this.factory = builder.factory")
        .addStatement("this.channels = $T.copyOf(builder.channels)", EnumSet.class)
        .addStatement("this.clientId = builder.clientId")
        .addStatement("this.subscriptionName = builder.subscriptionName")
        .addStatement("this.acknowledgement = builder.acknowledgement")
        .addStatement("this.minBackoff = builder.minBackoff")
        .addStatement("this.maxBackoff = builder.maxBackoff")
        .addStatement("this.stateListener = builder.stateListener")
        .addStatement(
            "this.dispatcher = new $T(builder.listener, builder.maxBodyBytes)", jms.dispatcher())
        .addStatement(
            "this.reconnector =$Wnew $T(1, this::newReconnectThread)",
            ScheduledThreadPoolExecutor.class)
        .addStatement("reconnector.setRemoveOnCancelPolicy(true)")
        .build();
  }

  private MethodSpec create() {
    return MethodSpec.methodBuilder("create")
        .addJavadoc("Subscribes every channel with the default options.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self)
        .addParameter(CONNECTION_FACTORY, "factory")
        .addParameter(jms.names().listener(), "listener")
        .addException(JMS_EXCEPTION)
        .addStatement("return builder(factory, listener).start()")
        .build();
  }

  private MethodSpec builderMethod() {
    return MethodSpec.methodBuilder("builder")
        .addJavadoc("Options first, then {@link Builder#start()}.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(builder)
        .addParameter(CONNECTION_FACTORY, "factory")
        .addParameter(jms.names().listener(), "listener")
        .addStatement("return new $T(factory, listener)", builder)
        .build();
  }

  private static MethodSpec getter(String name, ClassName type, String doc) {
    return MethodSpec.methodBuilder(name)
        .addJavadoc("$L\n", doc)
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addStatement("return $N", name)
        .build();
  }

  private MethodSpec start() {
    return MethodSpec.methodBuilder("start")
        .addModifiers(Modifier.PRIVATE)
        .addException(JMS_EXCEPTION)
        .addStatement("changeState($T.CONNECTING)", state)
        .beginControlFlow("try")
        .addStatement("connect()")
        .nextControlFlow("catch ($T | $T e)", JMS_EXCEPTION, RuntimeException.class)
        .addStatement("close()")
        .addStatement("throw e")
        .endControlFlow()
        .build();
  }

  private static MethodSpec close() {
    return MethodSpec.methodBuilder("close")
        .addJavadoc(
            "Stops reconnecting, closes the connection (waiting for a message in delivery) and"
                + "\nreports {@code CLOSED}. Does nothing the second time.\n")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addStatement("$T current", CONNECTION)
        .beginControlFlow("synchronized (lock)")
        .beginControlFlow("if (closed)")
        .addStatement("return")
        .endControlFlow()
        .addStatement("closed = true")
        .addStatement("current = connection")
        .addStatement("connection = null")
        .endControlFlow()
        .addStatement("reconnector.shutdownNow()")
        .addStatement("closeQuietly(current)")
        .addStatement("awaitReconnector()")
        .addStatement("state = State.CLOSED")
        .addStatement("notifyState(State.CLOSED)")
        .build();
  }

  private MethodSpec awaitReconnector() {
    return MethodSpec.methodBuilder("awaitReconnector")
        .addJavadoc("Waits for a reconnect attempt in progress, unless called from within it.\n")
        .addModifiers(Modifier.PRIVATE)
        .beginControlFlow("if (Thread.currentThread() == reconnectThread)")
        .addStatement("return")
        .endControlFlow()
        .beginControlFlow("try")
        .beginControlFlow("if (!reconnector.awaitTermination(10, $T.SECONDS))", TimeUnit.class)
        .addStatement(
            "LOG.log($T.Level.WARNING, $S)", System.Logger.class, "reconnect thread did not stop")
        .endControlFlow()
        .nextControlFlow("catch ($T e)", InterruptedException.class)
        .addStatement("Thread.currentThread().interrupt()")
        .endControlFlow()
        .build();
  }

  private MethodSpec changeState() {
    return MethodSpec.methodBuilder("changeState")
        .addJavadoc("Records and reports a state change, unless closed already.\n")
        .addModifiers(Modifier.PRIVATE)
        .addParameter(state, "next")
        .beginControlFlow("synchronized (lock)")
        .beginControlFlow("if (closed)")
        .addStatement("return")
        .endControlFlow()
        .addStatement("state = next")
        .endControlFlow()
        .addStatement("notifyState(next)")
        .build();
  }

  private MethodSpec notifyState() {
    return MethodSpec.methodBuilder("notifyState")
        .addModifiers(Modifier.PRIVATE)
        .addParameter(state, "next")
        .beginControlFlow("try")
        .addStatement("stateListener.accept(next)")
        .nextControlFlow("catch ($T e)", RuntimeException.class)
        .addStatement(
            "LOG.log($T.Level.WARNING, $S + next, e)",
            System.Logger.class,
            "state listener failed on ")
        .endControlFlow()
        .build();
  }

  private MethodSpec newReconnectThread() {
    return MethodSpec.methodBuilder("newReconnectThread")
        .addJavadoc("The one thread that reconnects; a daemon, so it never holds the JVM up.\n")
        .addModifiers(Modifier.PRIVATE)
        .returns(Thread.class)
        .addParameter(Runnable.class, "task")
        .addStatement(
            "$T thread = new $T(task, $S)",
            Thread.class,
            Thread.class,
            self.simpleName() + "-reconnect")
        .addStatement("thread.setDaemon(true)")
        .addStatement("reconnectThread = thread")
        .addStatement("return thread")
        .build();
  }
}
