package dev.eventgen.emit.jms;

import static dev.eventgen.emit.jms.JmsTypes.DESERIALIZATION_FEATURE;
import static dev.eventgen.emit.jms.JmsTypes.JMS_EXCEPTION;
import static dev.eventgen.emit.jms.JmsTypes.JSON_NODE;
import static dev.eventgen.emit.jms.JmsTypes.MESSAGE;
import static dev.eventgen.emit.jms.JmsTypes.OBJECT_READER;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import dev.eventgen.emit.JavaNames;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javax.lang.model.element.Modifier;

/**
 * The parts of the dispatcher that are the same for every API: its nested types, the reporting
 * methods and the counters.
 */
final class DispatcherParts {

  static final List<String> COUNTERS =
      List.of("delivered", "malformed", "unknown", "listenerFailures");

  private final JmsNames jms;
  private final JavaNames names;

  DispatcherParts(JmsNames jms) {
    this.jms = jms;
    this.names = jms.names();
  }

  ClassName routeType() {
    return jms.dispatcher().nestedClass("Route");
  }

  TypeName anyRoute() {
    return ParameterizedTypeName.get(routeType(), WildcardTypeName.subtypeOf(Object.class));
  }

  ClassName receivedType() {
    return jms.dispatcher().nestedClass("Received");
  }

  List<MethodSpec> reportMethods() {
    ClassName context = names.eventContext();
    ClassName problem = names.problem();
    MethodSpec addRoute =
        MethodSpec.methodBuilder("addRoute")
            .addModifiers(Modifier.PRIVATE)
            .addParameter(anyRoute(), "route")
            .addStatement("routes.put(route.messageName(), route)")
            .build();
    MethodSpec malformed = report("malformed", "onMalformed", context, problem);
    MethodSpec unknown = report("unknown", "onUnknown", context, problem);
    MethodSpec listenerFailed =
        MethodSpec.methodBuilder("listenerFailed")
            .addJavadoc("Reports a listener's exception; one thrown while reporting is logged.\n")
            .addModifiers(Modifier.PRIVATE)
            .addParameter(context, "context")
            .addParameter(RuntimeException.class, "failure")
            .addStatement("listenerFailures.increment()")
            .beginControlFlow("try")
            .addStatement("listener.onListenerFailure(context, failure)")
            .nextControlFlow("catch ($T e)", RuntimeException.class)
            .addStatement("e.addSuppressed(failure)")
            .addStatement(
                "LOG.log($T.Level.WARNING, $S + context, e)",
                System.Logger.class,
                "onListenerFailure threw; dropped: ")
            .endControlFlow()
            .build();
    return List.of(addRoute, malformed, unknown, listenerFailed);
  }

  private static MethodSpec report(
      String counter, String method, ClassName context, ClassName problem) {
    return MethodSpec.methodBuilder(counter)
        .addModifiers(Modifier.PRIVATE)
        .addParameter(context, "context")
        .addParameter(problem, "problem")
        .addStatement("$N.increment()", counter)
        .beginControlFlow("try")
        .addStatement("listener.$N(context, problem)", method)
        .nextControlFlow("catch ($T failure)", RuntimeException.class)
        .addStatement("listenerFailed(context, failure)")
        .endControlFlow()
        .build();
  }

  MethodSpec where() {
    return MethodSpec.methodBuilder("where")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(String.class)
        .addParameter(receivedType(), "in")
        .addStatement(
            "return in.channel() != null ? $S + in.channel().destination()$W: $S +"
                + " in.destination()",
            "channel ",
            "destination ")
        .build();
  }

  MethodSpec readerFactory() {
    return MethodSpec.methodBuilder("reader")
        .addJavadoc("A reader for one message type, prepared once; trailing garbage is an error.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(OBJECT_READER)
        .addParameter(
            ParameterizedTypeName.get(
                ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class)),
            "type")
        .addStatement(
            "return MAPPER.readerFor(type).with($T.FAIL_ON_TRAILING_TOKENS)",
            DESERIALIZATION_FEATURE)
        .build();
  }

  TypeSpec countsRecord() {
    MethodSpec.Builder components =
        MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
    for (String counter : COUNTERS) {
      components.addParameter(long.class, counter);
    }
    return TypeSpec.recordBuilder(jms.counts())
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc(
            "A snapshot of what a dispatcher did. Every message received is counted once as"
                + "\ndelivered, malformed or unknown; listener failures are counted on top.\n\n"
                + "@param delivered messages handed to a typed listener method\n"
                + "@param malformed messages reported to {@code onMalformed}\n"
                + "@param unknown messages reported to {@code onUnknown}\n"
                + "@param listenerFailures exceptions thrown by listener methods\n")
        .recordConstructor(components.build())
        .addMethod(
            MethodSpec.methodBuilder("received")
                .addJavadoc("All messages received: delivered, malformed or unknown.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(long.class)
                .addStatement("return delivered + malformed + unknown")
                .build())
        .build();
  }

  TypeSpec received() {
    ClassName context = names.eventContext();
    TypeName headers = ParameterizedTypeName.get(Map.class, String.class, Object.class);
    return TypeSpec.recordBuilder(receivedType())
        .addModifiers(Modifier.PRIVATE)
        .addJavadoc("What was read from a JMS message before it is routed.\n")
        .recordConstructor(
            MethodSpec.constructorBuilder()
                .addParameter(jms.channelEnum(), "channel")
                .addParameter(String.class, "destination")
                .addParameter(String.class, "type")
                .addParameter(headers, "headers")
                .addParameter(boolean.class, "redelivered")
                .addParameter(byte[].class, "body")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("of")
                .addModifiers(Modifier.STATIC)
                .returns(receivedType())
                .addParameter(MESSAGE, "message")
                .addException(JMS_EXCEPTION)
                .addStatement(
                    "$T destination = $T.destinationName(message.getJMSDestination())",
                    String.class,
                    jms.jmsMessages())
                .addStatement(
                    "return new $T($T.forDestination(destination),"
                        + " destination,$Wmessage.getJMSType(), $T.headers(message),"
                        + " message.getJMSRedelivered(),$W$T.body(message))",
                    receivedType(),
                    jms.channelEnum(),
                    jms.jmsMessages(),
                    jms.jmsMessages())
                .build())
        .addMethod(
            MethodSpec.methodBuilder("context")
                .returns(context)
                .addParameter(String.class, "messageName")
                .addComment(
                    "Read from the message before routing (routes check header fields); handed"
                        + " over as Headers, so the context does not copy them again.")
                .addStatement(
                    "return new $T($T.JMS, channel == null ? null : channel.address(),"
                        + "$Wdestination, messageName, new $T(() -> headers), redelivered, body)",
                    context,
                    context,
                    names.eventHeaders())
                .build())
        .build();
  }

  TypeSpec route() {
    TypeVariableName t = TypeVariableName.get("T");
    TypeName target =
        ParameterizedTypeName.get(ClassName.get(BiConsumer.class), t, names.eventContext());
    return TypeSpec.recordBuilder(routeType())
        .addModifiers(Modifier.PRIVATE)
        .addTypeVariable(t)
        .addJavadoc(
            "How one message is recognized, read and delivered.\n\n"
                + "@param discriminator the payload field telling messages of a channel apart, or"
                + " null\n"
                + "@param value its value for this message\n")
        .recordConstructor(
            MethodSpec.constructorBuilder()
                .addParameter(String.class, "messageName")
                .addParameter(OBJECT_READER, "reader")
                .addParameter(String.class, "discriminator")
                .addParameter(String.class, "value")
                .addParameter(target, "target")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("matches")
                .returns(boolean.class)
                .addParameter(JSON_NODE, "payload")
                .addStatement(
                    "return discriminator != null &&"
                        + " payload.path(discriminator).asText().equals(value)")
                .build())
        .build();
  }
}
