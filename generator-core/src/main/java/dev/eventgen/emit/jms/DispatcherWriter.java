package dev.eventgen.emit.jms;

import static dev.eventgen.emit.jms.JmsTypes.JMS_EXCEPTION;
import static dev.eventgen.emit.jms.JmsTypes.JSON_NODE;
import static dev.eventgen.emit.jms.JmsTypes.MESSAGE;
import static dev.eventgen.emit.jms.JmsTypes.MESSAGE_LISTENER;
import static dev.eventgen.emit.jms.JmsTypes.OBJECT_MAPPER;
import static dev.eventgen.emit.jms.JmsTypes.OBJECT_READER;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.eventgen.emit.JavaNames;
import dev.eventgen.emit.Javadocs;
import dev.eventgen.model.Message;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Api>JmsDispatcher}: the {@code MessageListener} that turns JMS messages into typed
 * listener calls, or reports them as malformed or unknown. Its pieces that do not depend on the API
 * live in {@link DispatcherParts}.
 */
final class DispatcherWriter {

  private final JmsNames jms;
  private final JavaNames names;
  private final DispatcherParts parts;

  DispatcherWriter(JmsNames jms) {
    this.jms = jms;
    this.names = jms.names();
    this.parts = new DispatcherParts(jms);
  }

  TypeSpec write() {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(jms.dispatcher())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(MESSAGE_LISTENER)
            .addJavadoc("$L", Javadocs.wrap(typeDoc()))
            .addField(
                FieldSpec.builder(
                        int.class,
                        "DEFAULT_MAX_BODY_BYTES",
                        Modifier.PUBLIC,
                        Modifier.STATIC,
                        Modifier.FINAL)
                    .addJavadoc("Bodies larger than this (1 MiB) are reported, not parsed.\n")
                    .initializer("1 << 20")
                    .build())
            .addField(
                FieldSpec.builder(
                        OBJECT_MAPPER, "MAPPER", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("$T.mapper()", names.json())
                    .build())
            .addField(
                FieldSpec.builder(
                        System.Logger.class,
                        "LOG",
                        Modifier.PRIVATE,
                        Modifier.STATIC,
                        Modifier.FINAL)
                    .initializer("$T.getLogger($T.class.getName())", System.class, jms.dispatcher())
                    .build());
    JmsEmitter.suppressDeprecationIfNeeded(type, jms.messages());
    for (Message message : jms.messages()) {
      type.addField(readerField(message));
    }
    type.addField(names.listener(), "listener", Modifier.PRIVATE, Modifier.FINAL)
        .addField(int.class, "maxBodyBytes", Modifier.PRIVATE, Modifier.FINAL)
        .addField(
            FieldSpec.builder(
                    routeMap(ClassName.get(String.class)),
                    "routes",
                    Modifier.PRIVATE,
                    Modifier.FINAL)
                .initializer("new $T<>()", LinkedHashMap.class)
                .build())
        .addField(
            FieldSpec.builder(
                    routeMap(jms.channelEnum()),
                    "routesByChannel",
                    Modifier.PRIVATE,
                    Modifier.FINAL)
                .initializer("new $T<>($W$T.class)", EnumMap.class, jms.channelEnum())
                .build())
        .addField(routeList(), "allRoutes", Modifier.PRIVATE, Modifier.FINAL);
    for (String counter : DispatcherParts.COUNTERS) {
      type.addField(
          FieldSpec.builder(LongAdder.class, counter, Modifier.PRIVATE, Modifier.FINAL)
              .initializer("new $T()", LongAdder.class)
              .build());
    }
    return type.addMethod(defaultConstructor())
        .addMethod(constructor())
        .addMethod(onMessage())
        .addMethod(counts())
        .addMethod(dispatch())
        .addMethod(bodyProblem())
        .addMethod(byType())
        .addMethod(byPayload())
        .addMethod(candidates())
        .addMethod(discriminate())
        .addMethod(read())
        .addMethods(parts.reportMethods())
        .addMethod(parts.where())
        .addMethod(parts.readerFactory())
        .addType(parts.countsRecord())
        .addType(parts.received())
        .addType(parts.route())
        .build();
  }

  private String typeDoc() {
    return "Dispatches JMS messages of the "
        + Javadocs.escape(jms.api().title())
        + " to a {@link "
        + names.listener().simpleName()
        + "}; register it as the {@code MessageListener} of any consumer, or let {@link "
        + jms.subscriber().simpleName()
        + "} do that.\n\n"
        + "<p>A message's type is chosen by its destination (see {@link "
        + jms.channelEnum().simpleName()
        + "}), then by {@code JMSType} (the spec's message name), then, on channels carrying"
        + " several messages, by the payload's discriminating field. Text and bytes messages are"
        + " read as UTF-8 JSON through the API's one shared mapper ({@code "
        + names.json().simpleName()
        + ".mapper()}), with a reader per message type prepared once; unknown JSON properties"
        + " are ignored (newer producers may add optional fields).\n\n"
        + "<p>Nothing escapes {@link #onMessage}: an unreadable body goes to {@code onMalformed}"
        + " (with the raw bytes and a precise problem), a message of no known type to {@code"
        + " onUnknown}, and an exception thrown by the listener to {@code onListenerFailure}. So"
        + " the consumer thread never dies, and every message received is counted exactly once"
        + " as delivered, malformed or unknown (see {@link #counts()}).\n\n"
        + "<p>Thread-safe: one instance may serve several consumers.\n";
  }

  private TypeName routeMap(ClassName key) {
    TypeName value =
        key.equals(ClassName.get(String.class))
            ? parts.anyRoute()
            : ParameterizedTypeName.get(ClassName.get(List.class), parts.anyRoute());
    return ParameterizedTypeName.get(ClassName.get(Map.class), key, value);
  }

  private FieldSpec readerField(Message message) {
    return FieldSpec.builder(
            OBJECT_READER, readerName(message), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("reader($T.class)", names.messageClass(message))
        .build();
  }

  private String readerName(Message message) {
    return jms.constant(message) + "_READER";
  }

  private MethodSpec defaultConstructor() {
    return MethodSpec.constructorBuilder()
        .addJavadoc("A dispatcher with the default body size limit.\n")
        .addModifiers(Modifier.PUBLIC)
        .addParameter(names.listener(), "listener")
        .addStatement("this(listener, DEFAULT_MAX_BODY_BYTES)")
        .build();
  }

  private MethodSpec constructor() {
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addJavadoc(
                "@param listener receives the events and the problems\n"
                    + "@param maxBodyBytes larger bodies are reported as {@code TOO_LARGE}, not"
                    + " parsed\n")
            .addModifiers(Modifier.PUBLIC)
            .addParameter(names.listener(), "listener")
            .addParameter(int.class, "maxBodyBytes")
            .addStatement(
                "this.listener = $T.requireNonNull(listener, $S)", Objects.class, "listener")
            .beginControlFlow("if (maxBodyBytes <= 0)")
            .addStatement(
                "throw new $T($S + maxBodyBytes)",
                IllegalArgumentException.class,
                "maxBodyBytes must be positive: ")
            .endControlFlow()
            .addStatement("this.maxBodyBytes = maxBodyBytes");
    for (Message message : jms.messages()) {
      constructor.addStatement(
          "addRoute(new $T<>($S, $N,$W$S, $S,$Wlistener::$N))",
          parts.routeType(),
          message.name(),
          readerName(message),
          message.discriminatorProperty(),
          message.discriminatorValue(),
          names.listenerMethod(message));
    }
    return constructor
        .addStatement("this.allRoutes = $T.copyOf(routes.values())", List.class)
        .beginControlFlow("for ($T channel : $T.values())", jms.channelEnum(), jms.channelEnum())
        .addStatement("$T onChannel = new $T<>()", routeList(), ArrayList.class)
        .beginControlFlow("for ($T name : channel.messageNames())", String.class)
        .addStatement("onChannel.add(routes.get(name))")
        .endControlFlow()
        .addStatement("routesByChannel.put(channel, $T.copyOf(onChannel))", List.class)
        .endControlFlow()
        .build();
  }

  private MethodSpec onMessage() {
    ClassName context = names.eventContext();
    ClassName problem = names.problem();
    return MethodSpec.methodBuilder("onMessage")
        .addJavadoc(
            "Delivers or reports the message; never throws, so the consumer keeps running.\n")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(MESSAGE, "message")
        .addStatement("$T received", parts.receivedType())
        .beginControlFlow("try")
        .addStatement("received = $T.of(message)", parts.receivedType())
        .nextControlFlow("catch ($T | $T e)", JMS_EXCEPTION, RuntimeException.class)
        .addStatement(
            "$T context =$Wnew $T($T.JMS, null, null, null, null, false, null)",
            context,
            context,
            context)
        .addStatement(
            "malformed(context,$W$T.of($T.Kind.TRANSPORT, $S + e))",
            problem,
            problem,
            "cannot read the JMS message: ")
        .addStatement("return")
        .endControlFlow()
        .addStatement("dispatch(received)")
        .build();
  }

  private MethodSpec counts() {
    return MethodSpec.methodBuilder("counts")
        .addJavadoc("What this dispatcher has done so far.\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(jms.counts())
        .addStatement(
            "return new $T(delivered.sum(), malformed.sum(), unknown.sum(),"
                + " listenerFailures.sum())",
            jms.counts())
        .build();
  }

  private MethodSpec dispatch() {
    return MethodSpec.methodBuilder("dispatch")
        .addModifiers(Modifier.PRIVATE)
        .addParameter(parts.receivedType(), "in")
        .addStatement("$T problem = bodyProblem(in)", names.problem())
        .beginControlFlow("if (problem != null)")
        .addStatement("malformed(in.context(null), problem)")
        .nextControlFlow("else if (in.type() != null && !in.type().isEmpty())")
        .addStatement("byType(in)")
        .nextControlFlow("else")
        .addStatement("byPayload(in)")
        .endControlFlow()
        .build();
  }

  private MethodSpec bodyProblem() {
    ClassName problem = names.problem();
    return MethodSpec.methodBuilder("bodyProblem")
        .addJavadoc("Why the body cannot be read at all, or null if it can.\n")
        .addModifiers(Modifier.PRIVATE)
        .returns(problem)
        .addParameter(parts.receivedType(), "in")
        .beginControlFlow("if (in.body() == null)")
        .addStatement(
            "return $T.of($T.Kind.SYNTAX, $S)", problem, problem, "not a text or bytes message")
        .endControlFlow()
        .beginControlFlow("if (in.body().length == 0)")
        .addStatement("return $T.of($T.Kind.SYNTAX, $S)", problem, problem, "empty body")
        .endControlFlow()
        .beginControlFlow("if (in.body().length > maxBodyBytes)")
        .addStatement(
            "return $T.of($T.Kind.TOO_LARGE,$W$S + in.body().length + $S + maxBodyBytes)",
            problem,
            problem,
            "body of ",
            " bytes exceeds the limit of ")
        .endControlFlow()
        .addStatement("return null")
        .build();
  }

  private MethodSpec byType() {
    ClassName problem = names.problem();
    return MethodSpec.methodBuilder("byType")
        .addJavadoc("{@code JMSType} names the message; it must be one the channel carries.\n")
        .addModifiers(Modifier.PRIVATE)
        .addParameter(parts.receivedType(), "in")
        .addStatement("$T route = routes.get(in.type())", parts.anyRoute())
        .beginControlFlow("if (route != null && candidates(in).contains(route))")
        .addStatement("read(route, in, null)")
        .nextControlFlow("else")
        .addStatement(
            "unknown(in.context(null), $T.of($T.Kind.UNKNOWN_MESSAGE,$W$S + in.type() + $S"
                + " + where(in)))",
            problem,
            problem,
            "JMSType '",
            "' is not a message of ")
        .endControlFlow()
        .build();
  }

  private MethodSpec byPayload() {
    return MethodSpec.methodBuilder("byPayload")
        .addJavadoc("No {@code JMSType}: the channel's only message, or the payload decides.\n")
        .addModifiers(Modifier.PRIVATE)
        .addParameter(parts.receivedType(), "in")
        .addStatement("$T candidates = candidates(in)", routeList())
        .beginControlFlow("if (candidates.size() == 1)")
        .addStatement("read(candidates.get(0), in, null)")
        .nextControlFlow("else")
        .addStatement("discriminate(candidates, in)")
        .endControlFlow()
        .build();
  }

  private MethodSpec candidates() {
    return MethodSpec.methodBuilder("candidates")
        .addJavadoc("The messages the destination's channel carries; all, if it has none.\n")
        .addModifiers(Modifier.PRIVATE)
        .returns(routeList())
        .addParameter(parts.receivedType(), "in")
        .addStatement("return in.channel() == null ? allRoutes : routesByChannel.get(in.channel())")
        .build();
  }

  private TypeName routeList() {
    return ParameterizedTypeName.get(ClassName.get(List.class), parts.anyRoute());
  }

  private MethodSpec discriminate() {
    ClassName problem = names.problem();
    return MethodSpec.methodBuilder("discriminate")
        .addJavadoc("Several messages are possible: the payload's discriminating field decides.\n")
        .addModifiers(Modifier.PRIVATE)
        .addParameter(routeList(), "candidates")
        .addParameter(parts.receivedType(), "in")
        .addStatement("$T tree", JSON_NODE)
        .beginControlFlow("try")
        .addStatement("tree = MAPPER.readTree(in.body())")
        .nextControlFlow("catch ($T e)", IOException.class)
        .addStatement("malformed(in.context(null), $T.of(e))", jms.jsonProblems())
        .addStatement("return")
        .endControlFlow()
        .beginControlFlow("for ($T route : candidates)", parts.anyRoute())
        .beginControlFlow("if (route.matches(tree))")
        .addStatement("read(route, in, tree)")
        .addStatement("return")
        .endControlFlow()
        .endControlFlow()
        .addStatement(
            "unknown(in.context(null), $T.of($T.Kind.UNKNOWN_MESSAGE,$W$S + where(in)))",
            problem,
            problem,
            "the payload's discriminating field matches no message of ")
        .build();
  }

  private MethodSpec read() {
    TypeVariableName t = TypeVariableName.get("T");
    ClassName problem = names.problem();
    return MethodSpec.methodBuilder("read")
        .addJavadoc("Reads the body as the route's message and delivers it.\n")
        .addModifiers(Modifier.PRIVATE)
        .addTypeVariable(t)
        .addParameter(ParameterizedTypeName.get(parts.routeType(), t), "route")
        .addParameter(parts.receivedType(), "in")
        .addParameter(JSON_NODE, "tree")
        .addStatement("$T context = in.context(route.messageName())", names.eventContext())
        .addStatement("$T event", t)
        .beginControlFlow("try")
        .addStatement(
            "event =$Wtree == null$W? route.reader().readValue(in.body())$W:"
                + " route.reader().readValue(tree)")
        .nextControlFlow("catch ($T e)", IOException.class)
        .addStatement("malformed(context, $T.of(e))", jms.jsonProblems())
        .addStatement("return")
        .endControlFlow()
        .beginControlFlow("if (event == null)")
        .addStatement(
            "malformed(context, $T.of($T.Kind.SYNTAX, $S))",
            problem,
            problem,
            "the body is JSON null")
        .addStatement("return")
        .endControlFlow()
        .addStatement("delivered.increment()")
        .beginControlFlow("try")
        .addStatement("route.target().accept(event, context)")
        .nextControlFlow("catch ($T failure)", RuntimeException.class)
        .addStatement("listenerFailed(context, failure)")
        .endControlFlow()
        .build();
  }
}
