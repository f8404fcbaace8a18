package dev.eventgen.bench.syslog;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends datagrams to a port on the loopback address, at an offered rate or as fast as one thread
 * can. Pacing parks rather than spins (a spinning sender would take a core from the receiver on a
 * small machine), so a paced sender that overslept sends the datagrams it owes at once: bursts of
 * a few datagrams, as real senders produce, and the right mean rate.
 */
final class PacedSender implements AutoCloseable {

  private final DatagramChannel channel;

  PacedSender(int port) throws IOException {
    this.channel = DatagramChannel.open();
    channel.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
  }

  /**
   * Sends {@code count} datagrams, cycling over {@code lines}.
   *
   * @param rate datagrams per second, or 0 for as fast as possible
   * @return the nanoseconds the sending took
   */
  long send(List<ByteBuffer> lines, int count, int rate) throws IOException {
    long start = System.nanoTime();
    long interval = rate == 0 ? 0 : 1_000_000_000L / rate;
    for (int i = 0; i < count; i++) {
      if (interval > 0) {
        awaitDue(start + i * interval);
      }
      ByteBuffer line = lines.get(i % lines.size());
      line.rewind();
      channel.write(line);
    }
    return System.nanoTime() - start;
  }

  private static void awaitDue(long due) {
    long ahead;
    while ((ahead = due - System.nanoTime()) > 0) {
      LockSupport.parkNanos(ahead);
    }
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
