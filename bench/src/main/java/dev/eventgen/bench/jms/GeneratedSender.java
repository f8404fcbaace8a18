package dev.eventgen.bench.jms;

import com.acme.cvp.jms.CvpJmsPublisher;
import com.acme.cvp.model.ApplicationInvokedEvent;
import com.acme.cvp.model.CallEndedEvent;
import com.acme.cvp.model.CallErrorEvent;
import com.acme.cvp.model.CallQueuedEvent;
import com.acme.cvp.model.CallStartedEvent;
import com.acme.cvp.model.CallTransferredEvent;
import com.acme.cvp.model.ConfigDeployedEvent;
import com.acme.cvp.model.CvpEvent;
import com.acme.cvp.model.DeviceStatusChangedEvent;
import com.acme.cvp.model.ServiceStateChangedEvent;
import com.acme.cvp.model.ThresholdExceededEvent;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import java.util.List;

/** Publishes the samples' records, non-persistent, through the generated publisher. */
final class GeneratedSender implements BrokerThroughput.Sending {

  private final CvpJmsPublisher publisher;
  private final List<CvpEvent> events;

  private GeneratedSender(CvpJmsPublisher publisher, List<CvpEvent> events) {
    this.publisher = publisher;
    this.events = events;
  }

  static GeneratedSender open(ConnectionFactory factory, List<CvpSample> samples)
      throws JMSException {
    return new GeneratedSender(CvpJmsPublisher.create(factory, DeliveryMode.NON_PERSISTENT),
        samples.stream().map(CvpSample::event).toList());
  }

  @Override
  public void send(int i) throws JMSException {
    publish(events.get(i % events.size()));
  }

  private void publish(CvpEvent event) throws JMSException {
    if (event instanceof ApplicationInvokedEvent e) {
      publisher.publishApplicationInvoked(e);
    } else if (event instanceof CallEndedEvent e) {
      publisher.publishCallEnded(e);
    } else if (event instanceof CallErrorEvent e) {
      publisher.publishCallError(e);
    } else if (event instanceof CallQueuedEvent e) {
      publisher.publishCallQueued(e);
    } else if (event instanceof CallStartedEvent e) {
      publisher.publishCallStarted(e);
    } else if (event instanceof CallTransferredEvent e) {
      publisher.publishCallTransferred(e);
    } else if (event instanceof ConfigDeployedEvent e) {
      publisher.publishConfigDeployed(e);
    } else if (event instanceof DeviceStatusChangedEvent e) {
      publisher.publishDeviceStatusChanged(e);
    } else if (event instanceof ServiceStateChangedEvent e) {
      publisher.publishServiceStateChanged(e);
    } else if (event instanceof ThresholdExceededEvent e) {
      publisher.publishThresholdExceeded(e);
    } else {
      throw new IllegalArgumentException("not a CVP event: " + event);
    }
  }

  @Override
  public void close() throws JMSException {
    publisher.close();
  }
}
