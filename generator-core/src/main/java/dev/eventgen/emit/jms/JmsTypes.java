package dev.eventgen.emit.jms;

import com.palantir.javapoet.ClassName;

/**
 * The library types generated JMS code uses, by name: the generator itself does not depend on the
 * JMS API.
 */
final class JmsTypes {

  static final ClassName BYTES_MESSAGE = jms("BytesMessage");
  static final ClassName CONNECTION = jms("Connection");
  static final ClassName CONNECTION_FACTORY = jms("ConnectionFactory");
  static final ClassName DELIVERY_MODE = jms("DeliveryMode");
  static final ClassName DESTINATION = jms("Destination");
  static final ClassName EXCEPTION_LISTENER = jms("ExceptionListener");
  static final ClassName JMS_EXCEPTION = jms("JMSException");
  static final ClassName MESSAGE = jms("Message");
  static final ClassName MESSAGE_CONSUMER = jms("MessageConsumer");
  static final ClassName MESSAGE_LISTENER = jms("MessageListener");
  static final ClassName MESSAGE_PRODUCER = jms("MessageProducer");
  static final ClassName QUEUE = jms("Queue");
  static final ClassName SESSION = jms("Session");
  static final ClassName TEXT_MESSAGE = jms("TextMessage");
  static final ClassName TOPIC = jms("Topic");

  static final ClassName OBJECT_MAPPER = databind("ObjectMapper");
  static final ClassName OBJECT_READER = databind("ObjectReader");
  static final ClassName JSON_NODE = databind("JsonNode");
  static final ClassName DESERIALIZATION_FEATURE = databind("DeserializationFeature");

  private JmsTypes() {}

  private static ClassName jms(String simpleName) {
    return ClassName.get("jakarta.jms", simpleName);
  }

  private static ClassName databind(String simpleName) {
    return ClassName.get("com.fasterxml.jackson.databind", simpleName);
  }
}
