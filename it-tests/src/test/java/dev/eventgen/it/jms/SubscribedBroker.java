package dev.eventgen.it.jms;

import com.acme.cvp.jms.CvpJmsSubscriber;
import dev.eventgen.it.RecordingListener;
import dev.eventgen.runtime.jms.EmbeddedArtemis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * For each test, a fresh embedded broker with the generated subscriber on every CVP channel,
 * delivering to a recording listener; both stopped afterwards.
 */
abstract class SubscribedBroker {

  EmbeddedArtemis broker;
  RecordingListener listener = new RecordingListener();
  CvpJmsSubscriber subscriber;

  @BeforeEach
  void subscribe() throws Exception {
    broker = EmbeddedArtemis.start();
    subscriber = CvpJmsSubscriber.create(broker.coreFactory(), listener);
  }

  @AfterEach
  void stop() throws Exception {
    if (subscriber != null) {
      subscriber.close();
    }
    broker.close();
  }
}
