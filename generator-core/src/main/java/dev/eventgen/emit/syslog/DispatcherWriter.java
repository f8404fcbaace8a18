package dev.eventgen.emit.syslog;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.eventgen.emit.JavaNames;
import dev.eventgen.model.Channel;
import dev.eventgen.model.Message;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;
import javax.lang.model.element.Modifier;

/** Writes {@code <Api>SyslogDispatcher}: one frame's bytes to the right listener method. */
final class DispatcherWriter {

  private final SyslogTypes types;
  private final SyslogMapping mapping;
  private final JavaNames names;

  DispatcherWriter(SyslogTypes types, SyslogMapping mapping) {
    this.types = types;
    this.mapping = mapping;
    this.names = types.names();
  }

  TypeSpec write() {
    return TypeSpec.classBuilder(types.dispatcher())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc(
            Docs.of(
                "Parses and decodes one syslog frame and calls the listener: the message's method,"
                    + " {@code onMalformed} for a line that does not parse or an event that does"
                    + " not decode, {@code onUnknown} for a line that names no message of the API."
                    + " A listener method that throws is reported to {@code onListenerFailure};"
                    + " nothing a listener or a frame does escapes from {@link #dispatch}.\n\n"
                    + "<p>The {@link $T} has transport {@code syslog}, the peer as destination, the"
                    + " header fields as headers, the SD params apart as params, and the raw bytes"
                    + " as body. Not thread-safe for the listener: call it from one thread (the"
                    + " receiver's one dispatch thread does, in arrival order).\n",
                names.eventContext()))
        .addSuperinterface(types.runtimeReceiver().nestedClass("Handler"))
        .addField(names.listener(), "listener", Modifier.PRIVATE, Modifier.FINAL)
        .addField(types.parser(), "parser", Modifier.PRIVATE, Modifier.FINAL)
        .addField(
            FieldSpec.builder(LongAdder.class, "listenerFailures", Modifier.PRIVATE, Modifier.FINAL)
                .initializer("new $T()", LongAdder.class)
                .build())
        .addMethod(constructor())
        .addMethod(dispatch())
        .addMethod(transportRejected())
        .addMethod(rejected())
        .addMethod(
            MethodSpec.methodBuilder("listenerFailures")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("How many listener calls threw.\n")
                .returns(long.class)
                .addStatement("return listenerFailures.sum()")
                .build())
        .addMethod(decoded())
        .addMethod(deliver())
        .addMethod(guarded())
        .addMethod(context())
        .addMethod(channel())
        .build();
  }

  private ClassName outcome() {
    return types.outcome();
  }

  private MethodSpec constructor() {
    return MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc(
            "@param listener receives the events and problems\n"
                + "@param parser reads the frames, best made with {@link $T#SD_NAMES}\n",
            types.decoder())
        .addParameter(names.listener(), "listener")
        .addParameter(types.parser(), "parser")
        .addStatement("this.listener = $T.requireNonNull(listener, $S)", Objects.class, "listener")
        .addStatement("this.parser = $T.requireNonNull(parser, $S)", Objects.class, "parser")
        .build();
  }

  private MethodSpec dispatch() {
    ClassName problem = names.problem();
    return MethodSpec.methodBuilder("dispatch")
        .addModifiers(Modifier.PUBLIC)
        .addAnnotation(Override.class)
        .addJavadoc(
            "Reads one frame (a datagram, or a TCP frame without its framing) from {@code"
                + " peer}.\n")
        .returns(outcome())
        .addParameter(byte[].class, "body")
        .addParameter(String.class, "peer")
        .addStatement("$T message", types.message())
        .beginControlFlow("try")
        .addStatement("message = parser.parse(body)")
        .nextControlFlow("catch ($T e)", types.parseException())
        .addStatement(
            "$T kind = e.tooLarge() ? $T.TOO_LARGE : $T.SYNTAX",
            types.problemKind(),
            types.problemKind(),
            types.problemKind())
        .addStatement(
            "$T problem = new $T(kind, e.getMessage(), null, e.offset())", problem, problem)
        .addStatement("rejected(body, peer, problem)")
        .addStatement("return $T.MALFORMED", outcome())
        .endControlFlow()
        .addStatement("return decoded(message, $T.decode(message), body, peer)", types.decoder())
        .build();
  }

  private MethodSpec transportRejected() {
    ClassName problem = names.problem();
    return MethodSpec.methodBuilder("rejected")
        .addModifiers(Modifier.PUBLIC)
        .addAnnotation(Override.class)
        .addJavadoc(
            "Reports a frame the transport dropped (too large, cut short) to {@code"
                + " onMalformed}.\n")
        .addParameter(byte[].class, "body")
        .addParameter(String.class, "peer")
        .addParameter(types.rejection(), "rejection")
        .addStatement(
            "$T kind = rejection.reason() == $T.Reason.TOO_LARGE$W? $T.TOO_LARGE$W: $T.TRANSPORT",
            types.problemKind(),
            types.rejection(),
            types.problemKind(),
            types.problemKind())
        .addStatement(
            "rejected(body, peer, new $T(kind, rejection.message(), null, rejection.offset()))",
            problem)
        .build();
  }

  private MethodSpec rejected() {
    return MethodSpec.methodBuilder("rejected")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Reports a frame the transport or the parser refused to {@code onMalformed}.\n")
        .addParameter(byte[].class, "body")
        .addParameter(String.class, "peer")
        .addParameter(names.problem(), "problem")
        .addStatement("$T context = context(body, peer, null, null)", names.eventContext())
        .addStatement("guarded(() -> listener.onMalformed(context, problem), context)")
        .build();
  }

  private MethodSpec decoded() {
    ClassName result = types.decoder().nestedClass("Result");
    return MethodSpec.methodBuilder("decoded")
        .addModifiers(Modifier.PRIVATE)
        .returns(outcome())
        .addParameter(types.message(), "message")
        .addParameter(result, "result")
        .addParameter(byte[].class, "body")
        .addParameter(String.class, "peer")
        .addStatement(
            "$T context = context(body, peer, message, result.messageName())", names.eventContext())
        .beginControlFlow("if (result.isEvent())")
        .addStatement("guarded(() -> deliver(result, context), context)")
        .addStatement("return $T.DELIVERED", outcome())
        .endControlFlow()
        .beginControlFlow("if (result.messageName() == null)")
        .addStatement("guarded(() -> listener.onUnknown(context, result.problem()), context)")
        .addStatement("return $T.UNKNOWN", outcome())
        .endControlFlow()
        .addStatement("guarded(() -> listener.onMalformed(context, result.problem()), context)")
        .addStatement("return $T.MALFORMED", outcome())
        .build();
  }

  private MethodSpec deliver() {
    CodeBlock.Builder cases = CodeBlock.builder().beginControlFlow("switch (result.messageName())");
    for (Message message : mapping.messages()) {
      cases.add(
          "case $S ->$Wlistener.$L(($T) result.event(), context);\n",
          message.name(),
          names.listenerMethod(message),
          names.messageClass(message));
    }
    cases.add("default -> throw new IllegalStateException(result.messageName());\n");
    return MethodSpec.methodBuilder("deliver")
        .addModifiers(Modifier.PRIVATE)
        .addParameter(types.decoder().nestedClass("Result"), "result")
        .addParameter(names.eventContext(), "context")
        .addCode(cases.endControlFlow().build())
        .build();
  }

  private MethodSpec guarded() {
    return MethodSpec.methodBuilder("guarded")
        .addModifiers(Modifier.PRIVATE)
        .addJavadoc("Runs a listener call; what it throws goes to {@code onListenerFailure}.\n")
        .addParameter(Runnable.class, "call")
        .addParameter(names.eventContext(), "context")
        .beginControlFlow("try")
        .addStatement("call.run()")
        .nextControlFlow("catch (RuntimeException failure)")
        .addStatement("listenerFailures.increment()")
        .beginControlFlow("try")
        .addStatement("listener.onListenerFailure(context, failure)")
        .nextControlFlow("catch (RuntimeException ignored)")
        .addComment("a failing failure handler must not stop the receiver either")
        .endControlFlow()
        .endControlFlow()
        .build();
  }

  private MethodSpec context() {
    return MethodSpec.methodBuilder("context")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(names.eventContext())
        .addParameter(byte[].class, "body")
        .addParameter(String.class, "peer")
        .addParameter(types.message(), "message")
        .addParameter(String.class, "messageName")
        .addComment("Headers and params are made only if the listener reads them: most never do.")
        .addStatement(
            "$T headers =$Wnew $T(() -> $T.of(message))",
            names.eventHeaders(),
            names.eventHeaders(),
            types.headers())
        .addStatement(
            "$T params =$Wnew $T(() -> $T.params(message, $T.SD_ID))",
            names.eventHeaders(),
            names.eventHeaders(),
            types.headers(),
            types.decoder())
        .addStatement(
            "return new $T($S, channel(messageName), peer, messageName,$Wheaders, params, false,"
                + " body)",
            names.eventContext(),
            "syslog")
        .build();
  }

  private MethodSpec channel() {
    CodeBlock.Builder code = CodeBlock.builder().add("return switch (messageName) {\n$>");
    for (Message message : mapping.messages()) {
      List<Channel> channels = names.api().channelsOf(message);
      if (!channels.isEmpty()) {
        code.add("case $S -> $S;\n", message.name(), channels.get(0).address());
      }
    }
    code.add("default -> null;\n$<};\n");
    return MethodSpec.methodBuilder("channel")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addJavadoc("The address of the channel that carries the message, or null.\n")
        .returns(String.class)
        .addParameter(String.class, "messageName")
        .beginControlFlow("if (messageName == null)")
        .addStatement("return null")
        .endControlFlow()
        .addCode(code.build())
        .build();
  }
}
