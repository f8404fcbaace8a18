package dev.eventgen.bench.jms;

import jakarta.jms.DeliveryMode;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageFormatException;
import jakarta.jms.MessageNotWriteableException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * A received JMS message as a consumer sees it, without a broker: the headers a provider sets on
 * delivery and the application properties, all read-only (as on a real received message). Only
 * what a consumer reads is implemented; writing throws, so a benchmark cannot silently depend on
 * a stub shortcut.
 */
abstract class StubMessage implements Message {

  private final Destination destination;
  private final String messageId;
  private final String correlationId;
  private final String type;
  private final long timestamp;
  private final Map<String, Object> properties;

  /**
   * @param properties application properties, in the order a provider would list them
   */
  StubMessage(
      Destination destination,
      String messageId,
      String correlationId,
      String type,
      long timestamp,
      Map<String, Object> properties) {
    this.destination = destination;
    this.messageId = messageId;
    this.correlationId = correlationId;
    this.type = type;
    this.timestamp = timestamp;
    this.properties = properties;
  }

  @Override
  public String getJMSMessageID() {
    return messageId;
  }

  @Override
  public long getJMSTimestamp() {
    return timestamp;
  }

  @Override
  public byte[] getJMSCorrelationIDAsBytes() {
    return correlationId == null ? null : correlationId.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String getJMSCorrelationID() {
    return correlationId;
  }

  @Override
  public Destination getJMSReplyTo() {
    return null;
  }

  @Override
  public Destination getJMSDestination() {
    return destination;
  }

  @Override
  public int getJMSDeliveryMode() {
    return DeliveryMode.NON_PERSISTENT;
  }

  @Override
  public boolean getJMSRedelivered() {
    return false;
  }

  @Override
  public String getJMSType() {
    return type;
  }

  @Override
  public long getJMSExpiration() {
    return 0;
  }

  @Override
  public long getJMSDeliveryTime() {
    return timestamp;
  }

  @Override
  public int getJMSPriority() {
    return 4;
  }

  @Override
  public boolean propertyExists(String name) {
    return properties.containsKey(name);
  }

  @Override
  public Object getObjectProperty(String name) {
    return properties.get(name);
  }

  @Override
  public String getStringProperty(String name) {
    Object value = properties.get(name);
    return value == null ? null : value.toString();
  }

  @Override
  public boolean getBooleanProperty(String name) throws JMSException {
    return (Boolean) typed(name, Boolean.class);
  }

  @Override
  public byte getByteProperty(String name) throws JMSException {
    return (Byte) typed(name, Byte.class);
  }

  @Override
  public short getShortProperty(String name) throws JMSException {
    return (Short) typed(name, Short.class);
  }

  @Override
  public int getIntProperty(String name) throws JMSException {
    return (Integer) typed(name, Integer.class);
  }

  @Override
  public long getLongProperty(String name) throws JMSException {
    return (Long) typed(name, Long.class);
  }

  @Override
  public float getFloatProperty(String name) throws JMSException {
    return (Float) typed(name, Float.class);
  }

  @Override
  public double getDoubleProperty(String name) throws JMSException {
    return (Double) typed(name, Double.class);
  }

  @Override
  public Enumeration<?> getPropertyNames() {
    return Collections.enumeration(properties.keySet());
  }

  @Override
  public void acknowledge() {
    // nothing to acknowledge without a broker
  }

  /** Strict typing, no JMS conversions: the benchmarks only read strings. */
  private Object typed(String name, Class<?> type) throws JMSException {
    Object value = properties.get(name);
    if (!type.isInstance(value)) {
      throw new MessageFormatException(name + " is not a " + type.getSimpleName());
    }
    return value;
  }

  private static MessageNotWriteableException readOnly() {
    return new MessageNotWriteableException("a received stub message is read-only");
  }

  @Override
  public void setJMSMessageID(String id) throws JMSException {
    throw readOnly();
  }

  @Override
  public void setJMSTimestamp(long timestamp) throws JMSException {
    throw readOnly();
  }

  @Override
  public void setJMSCorrelationIDAsBytes(byte[] correlationId) throws JMSException {
    throw readOnly();
  }

  @Override
  public void setJMSCorrelationID(String correlationId) throws JMSException {
    throw readOnly();
  }

  @Override
  public void setJMSReplyTo(Destination replyTo) throws JMSException {
    throw readOnly();
  }

  @Override
  public void setJMSDestination(Destination destination) throws JMSException {
    throw readOnly();
  }

  @Override
  public void setJMSDeliveryMode(int deliveryMode) throws JMSException {
    throw readOnly();
  }

  @Override
  public void setJMSRedelivered(boolean redelivered) throws JMSException {
    throw readOnly();
  }

  @Override
  public void setJMSType(String type) throws JMSException {
    throw readOnly();
  }

  @Override
  public void setJMSExpiration(long expiration) throws JMSException {
    throw readOnly();
  }

  @Override
  public void setJMSDeliveryTime(long deliveryTime) throws JMSException {
    throw readOnly();
  }

  @Override
  public void setJMSPriority(int priority) throws JMSException {
    throw readOnly();
  }

  @Override
  public void clearProperties() throws JMSException {
    throw readOnly();
  }

  @Override
  public void setBooleanProperty(String name, boolean value) throws JMSException {
    throw readOnly();
  }

  @Override
  public void setByteProperty(String name, byte value) throws JMSException {
    throw readOnly();
  }

  @Override
  public void setShortProperty(String name, short value) throws JMSException {
    throw readOnly();
  }

  @Override
  public void setIntProperty(String name, int value) throws JMSException {
    throw readOnly();
  }

  @Override
  public void setLongProperty(String name, long value) throws JMSException {
    throw readOnly();
  }

  @Override
  public void setFloatProperty(String name, float value) throws JMSException {
    throw readOnly();
  }

  @Override
  public void setDoubleProperty(String name, double value) throws JMSException {
    throw readOnly();
  }

  @Override
  public void setStringProperty(String name, String value) throws JMSException {
    throw readOnly();
  }

  @Override
  public void setObjectProperty(String name, Object value) throws JMSException {
    throw readOnly();
  }

  @Override
  public void clearBody() throws JMSException {
    throw readOnly();
  }

  @Override
  public <T> T getBody(Class<T> type) throws JMSException {
    throw new MessageFormatException("getBody is not stubbed");
  }

  @Override
  @SuppressWarnings("rawtypes")
  public boolean isBodyAssignableTo(Class type) {
    return false;
  }
}
