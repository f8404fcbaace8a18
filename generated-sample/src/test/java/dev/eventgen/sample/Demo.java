package dev.eventgen.sample;

import com.acme.cvp.jms.CvpJmsSubscriber;
import com.acme.cvp.syslog.CvpSyslogReceiver;
import dev.eventgen.cli.EventgenCommand;
import dev.eventgen.runtime.jms.EmbeddedArtemis;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The live demo, all in one JVM: an embedded Artemis broker and a syslog receiver on free ports,
 * the simulator sending CVP call flows (with a few malformed events) to both, and the sample's
 * {@link CallCenterMonitor} consuming them through the generated code, printing a {@link
 * LiveSummary} every 3 seconds. Stops by itself.
 *
 * <pre>
 * mvn -B -q -Pdemo -DskipTests -pl generated-sample -am package [-Ddemo.seconds=30]
 * </pre>
 */
public final class Demo {

  private Demo() {}

  /**
   * @param args the CVP spec, and how many seconds to simulate (default 30)
   */
  public static void main(String[] args) throws Exception {
    String spec = args.length > 0 ? args[0] : "spec/cvp-call-events.yaml";
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    CallCenterMonitor monitor = new CallCenterMonitor(line -> {});
    LiveSummary summary = new LiveSummary(monitor);
    try (EmbeddedArtemis broker = EmbeddedArtemis.start();
        CvpJmsSubscriber jms = CvpJmsSubscriber.builder(broker.coreFactory(), monitor).start();
        CvpSyslogReceiver syslog = CvpSyslogReceiver.udp(0, monitor)) {
      String brokerUrl = broker.amqpUrl().replace("amqp://", "tcp://");
      System.out.printf(
          "demo: broker %s, syslog udp/%d, %d s of CVP call flows%n",
          brokerUrl, syslog.port(), seconds);
      CompletableFuture<Integer> simulator =
          CompletableFuture.supplyAsync(
              () ->
                  EventgenCommand.execute(
                      "simulate", spec,
                      "--jms", brokerUrl,
                      "--syslog", "udp://127.0.0.1:" + syslog.port(),
                      "--scenario", "calls",
                      "--rate", "40/s",
                      "--invalid", "0.03",
                      "--duration", seconds + "s",
                      "--progress", "0"));
      while (!simulator.isDone()) {
        try {
          simulator.get(3, TimeUnit.SECONDS);
        } catch (TimeoutException stillRunning) {
          System.out.println(summary.next());
        }
      }
      TimeUnit.SECONDS.sleep(1); // let the last events arrive
      System.out.println("final:");
      System.out.println(summary.next());
      System.out.println("demo: simulator exit code " + simulator.get() + "; done");
    }
  }
}
