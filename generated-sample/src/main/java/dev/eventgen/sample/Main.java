package dev.eventgen.sample;

import com.acme.cvp.jms.CvpJmsSubscriber;
import com.acme.cvp.syslog.CvpSyslogReceiver;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * Subscribes to every CVP topic on a broker and listens for CVP syslog on a UDP port, feeding
 * one {@link CallCenterMonitor}, with a {@link LiveSummary} every 5 seconds. Runs until
 * interrupted (Ctrl-C). {@code --summary} prints only the summaries, not a line per event.
 *
 * <pre>
 * java -cp ... dev.eventgen.sample.Main tcp://cvp-callserver:61616 5514 [--summary]
 * </pre>
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) throws Exception {
    String brokerUrl = args.length > 0 ? args[0] : "tcp://127.0.0.1:61616";
    int syslogPort = args.length > 1 ? Integer.parseInt(args[1]) : 5514;
    boolean quiet = args.length > 2 && args[2].equals("--summary");
    CallCenterMonitor monitor = new CallCenterMonitor(quiet ? line -> {} : System.out::println);
    LiveSummary summary = new LiveSummary(monitor);
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
    try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(brokerUrl);
        CvpJmsSubscriber jms =
            CvpJmsSubscriber.builder(factory, monitor)
                .stateListener(state -> System.out.println("[jms] " + state))
                .start();
        CvpSyslogReceiver syslog = CvpSyslogReceiver.udp(syslogPort, monitor)) {
      System.out.printf(
          "monitoring CVP events: JMS %s (%s), syslog udp/%d%n", brokerUrl, jms.state(),
          syslog.port());
      // every 5 s a summary: active calls, events/s per type, problems
      while (!stop.await(5, TimeUnit.SECONDS)) {
        System.out.println(summary.next());
      }
    }
  }
}
