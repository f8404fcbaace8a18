package dev.eventgen.bench.jms;

import com.acme.cvp.model.CvpJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.util.List;
import java.util.Map;

/**
 * A hand-written producer: writes each sample's record with the generated Jackson mapper and
 * sends it as text, non-persistent, with the headers and properties the generated publisher sets
 * (taken ready-made from the sample, which favours it): what the publisher costs beyond JMS and
 * Jackson shows against it.
 */
final class RawSender implements BrokerThroughput.Sending {

  private final Connection connection;
  private final Session session;
  private final MessageProducer producer;
  private final List<CvpSample> samples;
  private final Destination[] destinations;
  private final ObjectWriter writer = CvpJson.mapper().writer();

  private RawSender(Connection connection, List<CvpSample> samples) throws JMSException {
    this.connection = connection;
    this.session = connection.createSession(Session.AUTO_ACKNOWLEDGE);
    this.producer = session.createProducer(null);
    producer.setDeliveryMode(DeliveryMode.NON_PERSISTENT);
    this.samples = samples;
    this.destinations = new Destination[samples.size()];
    for (int i = 0; i < samples.size(); i++) {
      destinations[i] = samples.get(i).channel().createDestination(session);
    }
  }

  static RawSender open(ConnectionFactory factory, List<CvpSample> samples) throws JMSException {
    Connection connection = factory.createConnection();
    try {
      return new RawSender(connection, samples);
    } catch (JMSException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  @Override
  public void send(int i) throws JMSException {
    int k = i % samples.size();
    CvpSample sample = samples.get(k);
    TextMessage message;
    try {
      message = session.createTextMessage(writer.writeValueAsString(sample.event()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(sample.name() + " does not write", e);
    }
    message.setJMSType(sample.name());
    message.setJMSCorrelationID(sample.correlationId());
    for (Map.Entry<String, Object> property : sample.properties().entrySet()) {
      message.setObjectProperty(property.getKey(), property.getValue());
    }
    producer.send(destinations[k], message);
  }

  @Override
  public void close() throws JMSException {
    connection.close();
  }
}
