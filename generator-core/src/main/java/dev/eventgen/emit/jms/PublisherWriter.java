package dev.eventgen.emit.jms;

import static dev.eventgen.emit.jms.JmsTypes.CONNECTION;
import static dev.eventgen.emit.jms.JmsTypes.CONNECTION_FACTORY;
import static dev.eventgen.emit.jms.JmsTypes.DELIVERY_MODE;
import static dev.eventgen.emit.jms.JmsTypes.DESTINATION;
import static dev.eventgen.emit.jms.JmsTypes.JMS_EXCEPTION;
import static dev.eventgen.emit.jms.JmsTypes.JSON_NODE;
import static dev.eventgen.emit.jms.JmsTypes.MESSAGE_PRODUCER;
import static dev.eventgen.emit.jms.JmsTypes.OBJECT_MAPPER;
import static dev.eventgen.emit.jms.JmsTypes.SESSION;
import static dev.eventgen.emit.jms.JmsTypes.TEXT_MESSAGE;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.eventgen.emit.JavaNames;
import dev.eventgen.emit.Javadocs;
import dev.eventgen.emit.listener.MessageDocs;
import dev.eventgen.model.Channel;
import dev.eventgen.model.Identifiers;
import dev.eventgen.model.Message;
import dev.eventgen.model.TypeRef;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Api>JmsPublisher}: a typed {@code publishX} method per message that sends the
 * event as a JSON text message with {@code JMSType}, {@code JMSCorrelationID} and the spec's
 * application headers as JMS properties (see {@link HeaderMapping} for where their values come
 * from).
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
    this.property = self.nestedClass("Property");
    this.propertyLists = propertyLists();
  }

  TypeSpec write() {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(AutoCloseable.class)
            .addJavadoc("$L", Javadocs.wrap(typeDoc()))
            .addField(
                FieldSpec.builder(
                        OBJECT_MAPPER, "MAPPER", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("$T.mapper()", names.json())
                    .build());
    JmsEmitter.suppressDeprecationIfNeeded(type, jms.messages());
    propertyLists.forEach((headers, name) -> type.addField(propertiesField(headers, name)));
    type.addField(CONNECTION, "connection", Modifier.PRIVATE, Modifier.FINAL)
        .addField(SESSION, "session", Modifier.PRIVATE, Modifier.FINAL)
        .addField(MESSAGE_PRODUCER, "producer", Modifier.PRIVATE, Modifier.FINAL)
        .addField(
            FieldSpec.builder(destinationMap(), "destinations", Modifier.PRIVATE, Modifier.FINAL)
                .initializer("new $T<>($T.class)", EnumMap.class, jms.channelEnum())
                .build())
        .addMethod(constructor())
        .addMethod(create())
        .addMethod(createWithDeliveryMode());
    for (Message message : jms.messages()) {
      type.addMethod(publish(message));
    }
    return type.addMethod(send())
        .addMethod(close())
        .addType(new PublisherPropertyWriter(property).write())
        .build();
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

  private TypeName destinationMap() {
    return ParameterizedTypeName.get(ClassName.get(Map.class), jms.channelEnum(), DESTINATION);
  }

  /**
   * One constant per distinct list of properties, named after the headers type ({@code
   * CVP_CALL_EVENT_HEADERS}), or the message if that name is taken: messages sharing headers and
   * payload fields share the list.
   */
  private Map<List<HeaderMapping.Header>, String> propertyLists() {
    Map<List<HeaderMapping.Header>, String> lists = new LinkedHashMap<>();
    NameAllocator allocator = new NameAllocator();
    allocator.newName("MAPPER");
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
                        "$Wnew $T($S, $S, $T.Kind.$L)",
                        property,
                        h.name(),
                        h.pointer(),
                        property,
                        h.kind()))
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
        .addParameter(CONNECTION, "connection")
        .addParameter(int.class, "deliveryMode")
        .addException(JMS_EXCEPTION)
        .addStatement("this.connection = connection")
        .addStatement("this.session = connection.createSession($T.AUTO_ACKNOWLEDGE)", SESSION)
        .addStatement("this.producer = session.createProducer(null)")
        .addStatement("producer.setDeliveryMode(deliveryMode)")
        .beginControlFlow("for ($T channel : $T.values())", jms.channelEnum(), jms.channelEnum())
        .addStatement("destinations.put(channel, channel.createDestination(session))")
        .endControlFlow()
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
        .addStatement("$T connection = factory.createConnection()", CONNECTION)
        .beginControlFlow("try")
        .addStatement("return new $T(connection, deliveryMode)", self)
        .nextControlFlow("catch ($T | $T e)", JMS_EXCEPTION, RuntimeException.class)
        .addStatement("connection.close()")
        .addStatement("throw e")
        .endControlFlow()
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
              "send($T.$N, $S, event, $S, $N)",
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
              "send(channel, $S, event, $S, $N)", message.name(), pointer, propertiesName(message));
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

  private MethodSpec send() {
    return MethodSpec.methodBuilder("send")
        .addModifiers(Modifier.PRIVATE, Modifier.SYNCHRONIZED)
        .addParameter(jms.channelEnum(), "channel")
        .addParameter(String.class, "type")
        .addParameter(Object.class, "event")
        .addParameter(String.class, "correlationPointer")
        .addParameter(ParameterizedTypeName.get(ClassName.get(List.class), property), "properties")
        .addException(JMS_EXCEPTION)
        .addStatement("$T.requireNonNull(event, $S)", Objects.class, "event")
        .beginControlFlow("if (!channel.messageNames().contains(type))")
        .addStatement(
            "throw new $T($Wtype + $S + channel.destination())",
            IllegalArgumentException.class,
            " is not a message of channel ")
        .endControlFlow()
        .addStatement("$T payload = MAPPER.valueToTree(event)", JSON_NODE)
        .addStatement("$T message = session.createTextMessage(payload.toString())", TEXT_MESSAGE)
        .addStatement("message.setJMSType(type)")
        .beginControlFlow("if (correlationPointer != null)")
        .addStatement("$T id = payload.at(correlationPointer)", JSON_NODE)
        .beginControlFlow("if (id.isValueNode() && !id.isNull())")
        .addStatement("message.setJMSCorrelationID(id.asText())")
        .endControlFlow()
        .endControlFlow()
        .beginControlFlow("for ($T property : properties)", property)
        .addStatement("property.set(message, payload)")
        .endControlFlow()
        .addStatement("producer.send(destinations.get(channel), message)")
        .build();
  }

  private static MethodSpec close() {
    return MethodSpec.methodBuilder("close")
        .addJavadoc("Closes the connection; sends in progress complete first.\n")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addException(JMS_EXCEPTION)
        .addStatement("connection.close()")
        .build();
  }
}
