package dev.eventgen.emit.jms;

import static dev.eventgen.emit.jms.JmsTypes.CONNECTION_FACTORY;
import static dev.eventgen.emit.jms.JmsTypes.DELIVERY_MODE;
import static dev.eventgen.emit.jms.JmsTypes.JMS_EXCEPTION;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.eventgen.emit.JavaNames;
import dev.eventgen.emit.Javadocs;
import dev.eventgen.emit.listener.MessageDocs;
import dev.eventgen.model.Channel;
import dev.eventgen.model.Identifiers;
import dev.eventgen.model.Message;
import dev.eventgen.model.TypeRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Api>JmsPublisher}: a typed {@code publishX} method per message that sends the
 * event as a JSON text message with {@code JMSType}, {@code JMSCorrelationID} and the spec's
 * application headers as JMS properties (see {@link HeaderMapping} for where their values come
 * from). Connection, session and sending are the runtime's {@code JmsPublisher}.
 */
final class PublisherWriter {

  private final JmsNames jms;
  private final JavaNames names;
  private final HeaderMapping mapping;
  private final ClassName self;
  private final ClassName property;
  private final Map<List<HeaderMapping.Header>, String> propertyLists;

  PublisherWriter(JmsNames jms) {
    this.jms = jms;
    this.names = jms.names();
    this.mapping = new HeaderMapping(jms.api());
    this.self = jms.publisher();
    this.property = JmsTypes.PUBLISHER_PROPERTY;
    this.propertyLists = propertyLists();
  }

  TypeSpec write() {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .superclass(JmsTypes.JMS_PUBLISHER)
            .addJavadoc("$L", Javadocs.wrap(typeDoc()))
            .addStaticBlock(jms.requireRuntime());
    JmsEmitter.suppressDeprecationIfNeeded(type, jms.messages());
    propertyLists.forEach((headers, name) -> type.addField(propertiesField(headers, name)));
    type.addMethod(constructor()).addMethod(create()).addMethod(createWithDeliveryMode());
    for (Message message : jms.messages()) {
      type.addMethod(publish(message));
    }
    return type.build();
  }

  private String typeDoc() {
    return "Publishes events of the "
        + Javadocs.escape(jms.api().title())
        + " as JMS text messages holding the JSON payload, for tests, simulators and producer"
        + " side tools. Each message carries {@code JMSType} (the spec's message name), {@code"
        + " JMSCorrelationID} where the spec locates one in the payload, and the spec's"
        + " application headers as JMS properties, so consumers can select on them.\n\n"
        + "<p>Thread-safe: sends are serialized on one session. Close it to release the"
        + " connection.\n";
  }

  /**
   * One constant per distinct list of properties, named after the headers type ({@code
   * CVP_CALL_EVENT_HEADERS}), or the message if that name is taken: messages sharing headers and
   * payload fields share the list.
   */
  private Map<List<HeaderMapping.Header>, String> propertyLists() {
    Map<List<HeaderMapping.Header>, String> lists = new LinkedHashMap<>();
    NameAllocator allocator = new NameAllocator();
    for (Message message : jms.messages()) {
      List<HeaderMapping.Header> mapped = mappedHeaders(message);
      if (!lists.containsKey(mapped)) {
        String byHeaders =
            message.headers() instanceof TypeRef ref ? Identifiers.constantCase(ref.name()) : null;
        String name =
            byHeaders != null && !lists.containsValue(byHeaders)
                ? byHeaders
                : jms.constant(message) + "_PROPERTIES";
        lists.put(mapped, allocator.newName(name));
      }
    }
    return lists;
  }

  private List<HeaderMapping.Header> mappedHeaders(Message message) {
    return mapping.headers(message).stream().filter(h -> h.pointer() != null).toList();
  }

  private String propertiesName(Message message) {
    return propertyLists.get(mappedHeaders(message));
  }

  private FieldSpec propertiesField(List<HeaderMapping.Header> headers, String name) {
    CodeBlock entries =
        headers.stream()
            .map(
                h ->
                    CodeBlock.of(
                        "$W$T.$L($S, $S)", property, h.kind().factory(), h.name(), h.pointer()))
            .collect(CodeBlock.joining(","));
    return FieldSpec.builder(
            ParameterizedTypeName.get(ClassName.get(List.class), property),
            name,
            Modifier.PRIVATE,
            Modifier.STATIC,
            Modifier.FINAL)
        .initializer("$T.of($L)", List.class, entries)
        .build();
  }

  private MethodSpec constructor() {
    return MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(CONNECTION_FACTORY, "factory")
        .addParameter(int.class, "deliveryMode")
        .addException(JMS_EXCEPTION)
        .addStatement(
            "super(factory, deliveryMode, $T.mapper(), $T.of($T.values()))",
            names.json(),
            List.class,
            jms.channelEnum())
        .build();
  }

  private MethodSpec create() {
    return MethodSpec.methodBuilder("create")
        .addJavadoc("A publisher sending persistent messages.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self)
        .addParameter(CONNECTION_FACTORY, "factory")
        .addException(JMS_EXCEPTION)
        .addStatement("return create(factory, $T.PERSISTENT)", DELIVERY_MODE)
        .build();
  }

  private MethodSpec createWithDeliveryMode() {
    return MethodSpec.methodBuilder("create")
        .addJavadoc(
            "A publisher on a connection of its own.\n\n"
                + "@param deliveryMode {@link $T#PERSISTENT} or {@link $T#NON_PERSISTENT}\n",
            DELIVERY_MODE,
            DELIVERY_MODE)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self)
        .addParameter(CONNECTION_FACTORY, "factory")
        .addParameter(int.class, "deliveryMode")
        .addException(JMS_EXCEPTION)
        .addStatement("return new $T(factory, deliveryMode)", self)
        .build();
  }

  private MethodSpec publish(Message message) {
    List<Channel> channels = jms.channelsOf(message);
    String listenerMethod = names.listenerMethod(message);
    String name = "publish" + listenerMethod.substring("on".length());
    String pointer = mapping.correlationPointer(message);
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("$L\n\n", Javadocs.wrap(MessageDocs.describe(message)))
            .addJavadoc("$L", Javadocs.wrap(sendDoc(message, channels, pointer)))
            .addException(JMS_EXCEPTION);
    if (channels.size() == 1) {
      method
          .addParameter(names.messageClass(message), "event")
          .addStatement(
              "send($T.$N,$W$S, event,$W$S,$W$N)",
              jms.channelEnum(),
              jms.constant(channels.get(0)),
              message.name(),
              pointer,
              propertiesName(message));
    } else {
      method
          .addJavadoc("@param channel one of the channels carrying the message\n")
          .addParameter(jms.channelEnum(), "channel")
          .addParameter(names.messageClass(message), "event")
          .addStatement(
              "send(channel,$W$S, event,$W$S,$W$N)",
              message.name(),
              pointer,
              propertiesName(message));
    }
    return method.addJavadoc("@param event the event to send\n").build();
  }

  private String sendDoc(Message message, List<Channel> channels, String pointer) {
    String where =
        channels.stream()
            .map(c -> "{@code " + Javadocs.escape(c.jms().destination()) + "}")
            .collect(Collectors.joining(" or "));
    StringBuilder doc =
        new StringBuilder("<p>Sent to ")
            .append(where)
            .append(" with {@code JMSType} {@code ")
            .append(Javadocs.escape(message.name()))
            .append("}");
    if (pointer != null) {
      doc.append(", {@code JMSCorrelationID} from {@code ")
          .append(Javadocs.escape(pointer))
          .append("}");
    }
    List<HeaderMapping.Header> headers = mapping.headers(message);
    List<String> set =
        headers.stream()
            .filter(h -> h.pointer() != null)
            .map(h -> "{@code " + h.name() + "} from {@code " + Javadocs.escape(h.pointer()) + "}")
            .toList();
    List<String> unset =
        headers.stream()
            .filter(h -> h.pointer() == null)
            .map(h -> "{@code " + h.name() + "}")
            .toList();
    if (!set.isEmpty()) {
      doc.append("; properties ").append(String.join(", ", set));
    }
    if (!unset.isEmpty()) {
      doc.append("; no payload field for ").append(String.join(", ", unset));
    }
    return doc.append(".\n\n").toString();
  }
}
