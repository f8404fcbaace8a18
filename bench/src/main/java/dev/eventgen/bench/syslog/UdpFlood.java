package dev.eventgen.bench.syslog;

import com.acme.cvp.syslog.CvpSyslogReceiver;
import dev.eventgen.bench.CvpVariants;
import dev.eventgen.bench.SyslogLines;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.IntSummaryStatistics;
import java.util.List;

/**
 * The generated syslog UDP receiver ({@code CvpSyslogReceiver.udp}) under a bounded flood on
 * 127.0.0.1: one sender thread in this JVM offers distinct CVP lines (every message of the spec, in turn) at several rates
 * and each trial reports how many the receiver read, delivered as typed events, dropped at its
 * full queue ({@code QUEUE_CAPACITY}), and how many the kernel lost before it read them (sent -
 * received; the machine's {@code RcvbufErrors} delta beside it).
 *
 * <p>A trial sends {@code min(datagrams, rate x seconds)} datagrams to a fresh receiver, waits
 * until the receiver has read nothing new for {@link #QUIET}, then closes it (which dispatches
 * what is queued) and reads its counters. A plain program rather than JMH because the result of
 * a trial is a set of counts at an offered rate, not the time of an operation.
 *
 * <p>Usage: {@code UdpFlood [datagrams per trial] [seconds per trial] [rates, e.g. 10000,50000,0]}
 * where rate 0 is as fast as the sender can.
 */
public final class UdpFlood {

  /** Distinct lines cycled through: the events of a busy minute, never one line repeated. */
  private static final int VARIANTS = 2000;

  /** No new datagram for this long: the socket buffer is empty. */
  private static final Duration QUIET = Duration.ofMillis(300);

  /** A trial waits no longer than this for the receiver to catch up. */
  private static final Duration SETTLE_LIMIT = Duration.ofSeconds(20);

  private final List<ByteBuffer> lines =
      Arrays.stream(SyslogLines.of(CvpVariants.all(VARIANTS, 7), 7)).map(ByteBuffer::wrap).toList();
  private final int datagrams;
  private final int seconds;

  private UdpFlood(int datagrams, int seconds) {
    this.datagrams = datagrams;
    this.seconds = seconds;
  }

  public static void main(String[] args) throws Exception {
    int datagrams = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    List<Integer> rates = args.length > 2
        ? Arrays.stream(args[2].split(",")).map(String::trim).map(Integer::valueOf).toList()
        : List.of(10_000, 50_000, 100_000, 0);
    new UdpFlood(datagrams, seconds).runAll(rates);
  }

  private void runAll(List<Integer> rates) throws IOException, InterruptedException {
    IntSummaryStatistics sizes =
        lines.stream().mapToInt(ByteBuffer::capacity).summaryStatistics();
    System.out.printf("# up to %d datagrams or %d s per trial; %d distinct CVP lines (all 10"
            + " messages) of %d-%d bytes; receiver queue %d frames; net.core.rmem_max (the cap"
            + " on a socket's SO_RCVBUF) %d bytes%n",
        datagrams, seconds, VARIANTS, sizes.getMin(), sizes.getMax(),
        CvpSyslogReceiver.QUEUE_CAPACITY, KernelUdpStats.rmemMax());
    System.out.println("# kernel = sent - received; rcvbuf = machine-wide UDP RcvbufErrors delta;"
        + " loss = (sent - delivered) / sent");
    System.out.println(FloodResult.HEADER);
    System.out.println(trial(20_000).row("warm-up"));
    for (int rate : rates) {
      System.out.println(trial(rate).row("flood"));
    }
  }

  private FloodResult trial(int rate) throws IOException, InterruptedException {
    int count = rate == 0 ? datagrams : (int) Math.min(datagrams, (long) rate * seconds);
    CountingListener listener = new CountingListener();
    try (CvpSyslogReceiver receiver = CvpSyslogReceiver.udp(0, listener);
        PacedSender sender = new PacedSender(receiver.port())) {
      long kernelDrops = KernelUdpStats.rcvbufErrors();
      long start = System.nanoTime();
      long sendNanos = sender.send(lines, count, rate);
      awaitQuiet(receiver);
      receiver.close();
      long kernelDropsAfter = KernelUdpStats.rcvbufErrors();
      return new FloodResult(rate, count, sendNanos, receiver.received(), receiver.delivered(),
          listener.typed(), receiver.dropped(),
          receiver.malformed() + receiver.unknown() + receiver.listenerFailures(),
          kernelDrops < 0 || kernelDropsAfter < 0 ? -1 : kernelDropsAfter - kernelDrops,
          listener.lastNanos() - start);
    }
  }

  /** Waits until the receiver has read nothing new for {@link #QUIET}. */
  private static void awaitQuiet(CvpSyslogReceiver receiver) throws InterruptedException {
    long deadline = System.nanoTime() + SETTLE_LIMIT.toNanos();
    long seen = -1;
    long quietSince = 0;
    while (System.nanoTime() < deadline) {
      long received = receiver.received();
      long now = System.nanoTime();
      if (received != seen) {
        seen = received;
        quietSince = now;
      } else if (now - quietSince >= QUIET.toNanos()) {
        return;
      }
      Thread.sleep(10);
    }
  }
}
