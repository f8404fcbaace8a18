package dev.eventgen.emit.jms;

import com.palantir.javapoet.ClassName;

/**
 * The library types generated JMS code uses, by name: the generator itself depends neither on the
 * JMS API nor on the runtime.
 */
final class JmsTypes {

  static final ClassName CONNECTION_FACTORY = jms("ConnectionFactory");
  static final ClassName DELIVERY_MODE = jms("DeliveryMode");
  static final ClassName JMS_EXCEPTION = jms("JMSException");

  static final ClassName OBJECT_MAPPER =
      ClassName.get("com.fasterxml.jackson.databind", "ObjectMapper");

  /** The runtime's JMS package: the engine the generated facades extend. */
  static final String RUNTIME_JMS = "dev.eventgen.runtime.jms";

  static final ClassName JMS_CHANNEL = ClassName.get(RUNTIME_JMS, "JmsChannel");
  static final ClassName JMS_CHANNEL_KIND = JMS_CHANNEL.nestedClass("Kind");
  static final ClassName JMS_ROUTE = ClassName.get(RUNTIME_JMS, "JmsRoute");
  static final ClassName JMS_DISPATCHER = ClassName.get(RUNTIME_JMS, "JmsDispatcher");
  static final ClassName JMS_SUBSCRIBER = ClassName.get(RUNTIME_JMS, "JmsSubscriber");
  static final ClassName JMS_SUBSCRIBER_BUILDER = JMS_SUBSCRIBER.nestedClass("Builder");
  static final ClassName JMS_PUBLISHER = ClassName.get(RUNTIME_JMS, "JmsPublisher");
  static final ClassName PUBLISHER_PROPERTY = JMS_PUBLISHER.nestedClass("Property");

  private JmsTypes() {}

  private static ClassName jms(String simpleName) {
    return ClassName.get("jakarta.jms", simpleName);
  }
}
