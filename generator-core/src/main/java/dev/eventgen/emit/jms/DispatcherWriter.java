package dev.eventgen.emit.jms;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.eventgen.emit.JavaNames;
import dev.eventgen.emit.Javadocs;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Api>JmsDispatcher}: the runtime's {@code JmsDispatcher} with the API's routing
 * table, one route per message (its {@code JMSType}, payload discriminator, class and listener
 * method). Reading, routing and reporting are the runtime's.
 */
final class DispatcherWriter {

  private final JmsNames jms;
  private final JavaNames names;

  DispatcherWriter(JmsNames jms) {
    this.jms = jms;
    this.names = jms.names();
  }

  TypeSpec write() {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(jms.dispatcher())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .superclass(JmsTypes.JMS_DISPATCHER)
            .addJavadoc("$L", Javadocs.wrap(typeDoc()))
            .addStaticBlock(jms.requireRuntime());
    JmsEmitter.suppressDeprecationIfNeeded(type, jms.messages());
    return type.addMethod(defaultConstructor())
        .addMethod(constructor())
        .addMethod(routes())
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
        + " several messages, by the payload's discriminating field; nothing escapes {@link"
        + " #onMessage}. See {@link JmsDispatcher} for the details.\n\n"
        + "<p>Thread-safe: one instance may serve several consumers.\n";
  }

  private MethodSpec defaultConstructor() {
    return MethodSpec.constructorBuilder()
        .addJavadoc("A dispatcher with the default body size limit.\n\n")
        .addJavadoc("@param listener receives the events and the problems\n")
        .addModifiers(Modifier.PUBLIC)
        .addParameter(names.listener(), "listener")
        .addStatement("this(listener, DEFAULT_MAX_BODY_BYTES)")
        .build();
  }

  private MethodSpec constructor() {
    return MethodSpec.constructorBuilder()
        .addJavadoc(
            "A dispatcher with a body size limit.\n\n"
                + "@param listener receives the events and the problems\n"
                + "@param maxBodyBytes larger bodies are reported as {@code TOO_LARGE}, not"
                + " parsed\n")
        .addModifiers(Modifier.PUBLIC)
        .addParameter(names.listener(), "listener")
        .addParameter(int.class, "maxBodyBytes")
        .addStatement(
            "super(listener, $T.mapper(), $T.of($T.values()),$Wroutes(listener), maxBodyBytes)",
            names.json(),
            List.class,
            jms.channelEnum())
        .build();
  }

  /** The routing table: a {@code JmsRoute} per message, to its listener method. */
  private MethodSpec routes() {
    TypeName anyRoute =
        ParameterizedTypeName.get(JmsTypes.JMS_ROUTE, WildcardTypeName.subtypeOf(Object.class));
    CodeBlock rows =
        jms.messages().stream()
            .map(
                message ->
                    CodeBlock.of(
                        "$T.of($S, mapper, $T.class,$W$S, $S,$Wlistener::$N)",
                        JmsTypes.JMS_ROUTE,
                        message.name(),
                        names.messageClass(message),
                        message.discriminatorProperty(),
                        message.discriminatorValue(),
                        names.listenerMethod(message)))
            .collect(CodeBlock.joining(",\n"));
    return MethodSpec.methodBuilder("routes")
        .addJavadoc(
            "One route per message: its {@code JMSType}, payload discriminator, class and"
                + " listener\nmethod.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(ClassName.get(List.class), anyRoute))
        .addParameter(names.listener(), "listener")
        .addStatement("$T.requireNonNull(listener, $S)", Objects.class, "listener")
        .addStatement("$T mapper = $T.mapper()", JmsTypes.OBJECT_MAPPER, names.json())
        .addStatement("return $T.of(\n$L)", List.class, rows)
        .build();
  }
}
