package dev.eventgen.it.jms;

import com.acme.cvp.jms.CvpJmsSubscriber;
import com.acme.cvp.model.CvpEvent;
import dev.eventgen.it.RecordingListener;
import dev.eventgen.runtime.EventContext;
import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * One consumer instance in a JVM of its own, so a test can kill it as an operating system kills a
 * process: the generated subscriber on every CVP channel through a shared durable subscription.
 *
 * <p>It tells the test what it does on standard output, one line each: {@code READY} once
 * subscribed, {@code DONE <eventId>} when the listener has handled an event (the acknowledgement
 * follows when the listener returns), and, after {@code hangAfter} events, {@code HUNG <eventId>}
 * for each further event: its listener never returns, as in a process stuck or dying in the middle
 * of its work, so that event is never acknowledged.
 *
 * <p>Arguments: the broker's URL, the subscription name, {@code hangAfter}.
 */
public final class InstanceProcess {

  private InstanceProcess() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    String subscription = args[1];
    int hangAfter = Integer.parseInt(args[2]);
    PrintStream out = System.out;
    AtomicInteger handled = new AtomicInteger();
    CountDownLatch never = new CountDownLatch(1);
    RecordingListener listener =
        new RecordingListener() {
          @Override
          protected void received(CvpEvent event, EventContext context) {
            String eventId = EventStream.eventId(event).toString();
            if (handled.getAndIncrement() < hangAfter) {
              say(out, "DONE " + eventId);
              return;
            }
            say(out, "HUNG " + eventId);
            try {
              never.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
        };
    CvpJmsSubscriber.builder(new ActiveMQConnectionFactory(url), listener)
        .sharedDurableSubscription(subscription)
        .start();
    say(out, "READY");
    never.await(); // until killed
  }

  private static void say(PrintStream out, String line) {
    synchronized (out) {
      out.println(line);
      out.flush();
    }
  }
}
