package dev.eventgen.emit.jms;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.eventgen.emit.JavaNames;
import dev.eventgen.emit.Javadocs;
import dev.eventgen.model.Identifiers;
import dev.eventgen.model.Message;
import dev.eventgen.model.TypeRef;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Api>JmsDispatcher}: the runtime's {@code JmsDispatcher} with the API's routing
 * table, one route per message (its {@code JMSType}, payload discriminator, class and listener
 * method, and the JMS properties its headers schema requires). Reading, routing and reporting are
 * the runtime's.
 */
final class DispatcherWriter {

  private final JmsNames jms;
  private final JavaNames names;
  private final HeaderMapping headers;

  DispatcherWriter(JmsNames jms) {
    this.jms = jms;
    this.names = jms.names();
    this.headers = new HeaderMapping(jms.api());
  }

  TypeSpec write() {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(jms.dispatcher())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .superclass(JmsTypes.JMS_DISPATCHER)
            .addJavadoc("$L", Javadocs.wrap(typeDoc()))
            .addStaticBlock(jms.requireRuntime());
    JmsEmitter.suppressDeprecationIfNeeded(type, jms.messages());
    requiredHeaderLists().forEach((name, headers) -> type.addField(headerList(name, headers)));
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
        + " #onMessage}. A message lacking a JMS property its headers schema requires is"
        + " malformed ({@code MISSING_HEADER}) unless {@link JmsDispatcher.Options#requireHeaders}"
        + " is false. See {@link JmsDispatcher} for the details.\n\n"
        + "<p>Thread-safe: one instance may serve several consumers.\n";
  }

  private MethodSpec defaultConstructor() {
    return MethodSpec.constructorBuilder()
        .addJavadoc("A dispatcher with the default body size limit.\n\n")
        .addJavadoc("@param listener receives the events and the problems\n")
        .addModifiers(Modifier.PUBLIC)
        .addParameter(names.listener(), "listener")
        .addStatement("this(listener, Options.DEFAULT)")
        .build();
  }

  private MethodSpec constructor() {
    return MethodSpec.constructorBuilder()
        .addJavadoc(
            "A dispatcher with options.\n\n"
                + "@param listener receives the events and the problems\n"
                + "@param options the body size limit and whether required headers are checked\n")
        .addModifiers(Modifier.PUBLIC)
        .addParameter(names.listener(), "listener")
        .addParameter(JmsTypes.JMS_DISPATCHER.nestedClass("Options"), "options")
        .addStatement(
            "super(listener, $T.mapper(), $T.of($T.values()),$Wroutes(listener), options)",
            names.json(),
            List.class,
            jms.channelEnum())
        .build();
  }

  /**
   * A constant per headers schema that requires JMS properties, named after it: {@code
   * REQUIRED_CVP_EVENT_HEADERS}, shared by the routes of the messages using it.
   */
  private Map<String, List<String>> requiredHeaderLists() {
    Map<String, List<String>> lists = new TreeMap<>();
    for (Message message : jms.messages()) {
      headerListName(message).ifPresent(name -> lists.put(name, headers.requiredHeaders(message)));
    }
    return lists;
  }

  private Optional<String> headerListName(Message message) {
    if (!(message.headers() instanceof TypeRef ref) || headers.requiredHeaders(message).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("REQUIRED_" + Identifiers.constantCase(ref.name()));
  }

  private static FieldSpec headerList(String name, List<String> required) {
    CodeBlock values =
        required.stream().map(h -> CodeBlock.of("$S", h)).collect(CodeBlock.joining(",$W"));
    return FieldSpec.builder(
            ParameterizedTypeName.get(List.class, String.class),
            name,
            Modifier.PRIVATE,
            Modifier.STATIC,
            Modifier.FINAL)
        .addJavadoc("The JMS properties a message with these headers must carry.\n")
        .initializer("$T.of($L)", List.class, values)
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
                        "$T.of($S, mapper, $T.class,$W$S, $S,$Wlistener::$N$L)",
                        JmsTypes.JMS_ROUTE,
                        message.name(),
                        names.messageClass(message),
                        message.discriminatorProperty(),
                        message.discriminatorValue(),
                        names.listenerMethod(message),
                        headerListName(message)
                            .map(name -> CodeBlock.of(",$W$N", name))
                            .orElse(CodeBlock.of(""))))
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
