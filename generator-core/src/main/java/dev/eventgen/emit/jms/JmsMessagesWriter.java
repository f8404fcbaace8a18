package dev.eventgen.emit.jms;

import static dev.eventgen.emit.jms.JmsTypes.BYTES_MESSAGE;
import static dev.eventgen.emit.jms.JmsTypes.DELIVERY_MODE;
import static dev.eventgen.emit.jms.JmsTypes.DESTINATION;
import static dev.eventgen.emit.jms.JmsTypes.JMS_EXCEPTION;
import static dev.eventgen.emit.jms.JmsTypes.MESSAGE;
import static dev.eventgen.emit.jms.JmsTypes.QUEUE;
import static dev.eventgen.emit.jms.JmsTypes.TEXT_MESSAGE;
import static dev.eventgen.emit.jms.JmsTypes.TOPIC;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.lang.model.element.Modifier;

/** Writes {@code JmsMessages}: how the dispatcher reads a JMS message's body and headers. */
final class JmsMessagesWriter {

  private static final TypeName HEADERS =
      ParameterizedTypeName.get(Map.class, String.class, Object.class);

  private final JmsNames jms;

  JmsMessagesWriter(JmsNames jms) {
    this.jms = jms;
  }

  TypeSpec write() {
    return TypeSpec.classBuilder(jms.jmsMessages())
        .addModifiers(Modifier.FINAL)
        .addJavadoc("Reads the body and headers of received JMS messages.\n")
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(body())
        .addMethod(headers())
        .addMethod(putIfPresent())
        .addMethod(destinationName())
        .build();
  }

  private static MethodSpec body() {
    return MethodSpec.methodBuilder("body")
        .addJavadoc(
            "The body as bytes: a text message's text as UTF-8, or a bytes message's bytes; null"
                + "\nfor other kinds of message.\n")
        .addModifiers(Modifier.STATIC)
        .returns(byte[].class)
        .addParameter(MESSAGE, "message")
        .addException(JMS_EXCEPTION)
        .beginControlFlow("if (message instanceof $T text)", TEXT_MESSAGE)
        .addStatement("$T body = text.getText()", String.class)
        .addStatement(
            "return body == null ? new byte[0] : body.getBytes($T.UTF_8)", StandardCharsets.class)
        .endControlFlow()
        .beginControlFlow("if (message instanceof $T bytes)", BYTES_MESSAGE)
        .addStatement("bytes.reset()")
        .addStatement("byte[] body = new byte[$T.toIntExact(bytes.getBodyLength())]", Math.class)
        .addStatement("bytes.readBytes(body)")
        .addStatement("return body")
        .endControlFlow()
        .addStatement("return null")
        .build();
  }

  private static MethodSpec headers() {
    return MethodSpec.methodBuilder("headers")
        .addJavadoc("The JMS headers that are set, then every property, in that order.\n")
        .addModifiers(Modifier.STATIC)
        .returns(HEADERS)
        .addParameter(MESSAGE, "message")
        .addException(JMS_EXCEPTION)
        .addStatement("$T headers = new $T<>()", HEADERS, LinkedHashMap.class)
        .addStatement("putIfPresent(headers, $S, message.getJMSMessageID())", "JMSMessageID")
        .addStatement(
            "putIfPresent(headers, $S, message.getJMSCorrelationID())", "JMSCorrelationID")
        .addStatement("putIfPresent(headers, $S, message.getJMSType())", "JMSType")
        .addStatement("headers.put($S, message.getJMSTimestamp())", "JMSTimestamp")
        .addStatement(
            "putIfPresent(headers, $S, destinationName(message.getJMSDestination()))",
            "JMSDestination")
        .addStatement(
            "putIfPresent(headers, $S, destinationName(message.getJMSReplyTo()))", "JMSReplyTo")
        .addStatement(
            "headers.put($S,$Wmessage.getJMSDeliveryMode() == $T.PERSISTENT ? $S : $S)",
            "JMSDeliveryMode",
            DELIVERY_MODE,
            "PERSISTENT",
            "NON_PERSISTENT")
        .addStatement("headers.put($S, message.getJMSPriority())", "JMSPriority")
        .addStatement("headers.put($S, message.getJMSExpiration())", "JMSExpiration")
        .addStatement("headers.put($S, message.getJMSRedelivered())", "JMSRedelivered")
        .addStatement(
            "$T names = message.getPropertyNames()",
            ParameterizedTypeName.get(
                com.palantir.javapoet.ClassName.get(Enumeration.class),
                WildcardTypeName.subtypeOf(Object.class)))
        .beginControlFlow("while (names.hasMoreElements())")
        .addStatement("$T name = ($T) names.nextElement()", String.class, String.class)
        .addStatement("headers.put(name, message.getObjectProperty(name))")
        .endControlFlow()
        .addStatement("return headers")
        .build();
  }

  private static MethodSpec putIfPresent() {
    return MethodSpec.methodBuilder("putIfPresent")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(HEADERS, "headers")
        .addParameter(String.class, "name")
        .addParameter(Object.class, "value")
        .beginControlFlow("if (value != null)")
        .addStatement("headers.put(name, value)")
        .endControlFlow()
        .build();
  }

  private static MethodSpec destinationName() {
    return MethodSpec.methodBuilder("destinationName")
        .addJavadoc("A topic's or queue's name, or null for no destination.\n")
        .addModifiers(Modifier.STATIC)
        .returns(String.class)
        .addParameter(DESTINATION, "destination")
        .addException(JMS_EXCEPTION)
        .beginControlFlow("if (destination instanceof $T topic)", TOPIC)
        .addStatement("return topic.getTopicName()")
        .endControlFlow()
        .beginControlFlow("if (destination instanceof $T queue)", QUEUE)
        .addStatement("return queue.getQueueName()")
        .endControlFlow()
        .addStatement("return destination == null ? null : destination.toString()")
        .build();
  }
}
