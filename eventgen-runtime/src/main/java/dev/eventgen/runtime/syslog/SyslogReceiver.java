package dev.eventgen.runtime.syslog;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * Receives syslog frames over UDP or TCP and hands them, one at a time, to a {@link Handler}
 * (generated receivers pass their dispatcher).
 *
 * <p>The server thread(s) only read frames (TCP: RFC 6587 octet counting or LF framing, told apart
 * per frame) and queue them; one dispatch thread calls the handler, so it sees one call at a time,
 * in arrival order. Counters: received (frames read), delivered, malformed, unknown (as the handler
 * reports them) and dropped (frames too large or cut short, which the handler sees as rejected, and
 * UDP frames that found the queue full, which are only counted). A full queue makes TCP readers
 * wait instead (TCP pushes back on the sender).
 *
 * <p>{@link #close()} stops the server, hands over what is queued, and joins every thread; it may
 * be called more than once.
 */
public final class SyslogReceiver implements AutoCloseable {
  private static final Frame STOP = new Frame(new byte[0], null, null);

  private final Handler handler;

  private final BlockingQueue<Frame> queue;

  private final boolean tcp;

  private final Closeable server;

  private final int port;

  private final int receiveBufferSize;

  private final Thread worker;

  private final AtomicBoolean closed = new AtomicBoolean();

  private final LongAdder received = new LongAdder();

  private final LongAdder delivered = new LongAdder();

  private final LongAdder malformed = new LongAdder();

  private final LongAdder unknown = new LongAdder();

  private final LongAdder dropped = new LongAdder();

  private SyslogReceiver(
      InetSocketAddress address, boolean tcp, int maxLength, int queueCapacity, Handler handler)
      throws IOException {
    this.handler = Objects.requireNonNull(handler, "handler");
    this.queue = new ArrayBlockingQueue<>(queueCapacity);
    this.tcp = tcp;
    if (tcp) {
      SyslogTcpServer tcpServer = new SyslogTcpServer(address, maxLength, new Intake());
      this.server = tcpServer;
      this.port = tcpServer.port();
      this.receiveBufferSize = -1;
    } else {
      SyslogUdpServer udpServer = new SyslogUdpServer(address, maxLength, new Intake());
      this.server = udpServer;
      this.port = udpServer.port();
      this.receiveBufferSize = udpServer.receiveBufferSize();
    }
    this.worker = SyslogThreads.start(this::work, "syslog-dispatch-" + port);
  }

  /**
   * A UDP receiver.
   *
   * @param address the address to bind; port 0 picks a free port
   * @param maxLength the longest frame accepted, in bytes
   * @param queueCapacity how many frames may wait for the handler
   * @param handler receives the frames on the dispatch thread
   * @throws IOException if the address cannot be bound
   */
  public static SyslogReceiver udp(
      InetSocketAddress address, int maxLength, int queueCapacity, Handler handler)
      throws IOException {
    return new SyslogReceiver(address, false, maxLength, queueCapacity, handler);
  }

  /**
   * A TCP receiver.
   *
   * @param address the address to bind; port 0 picks a free port
   * @param maxLength the longest frame accepted, in bytes
   * @param queueCapacity how many frames may wait for the handler
   * @param handler receives the frames on the dispatch thread
   * @throws IOException if the address cannot be bound
   */
  public static SyslogReceiver tcp(
      InetSocketAddress address, int maxLength, int queueCapacity, Handler handler)
      throws IOException {
    return new SyslogReceiver(address, true, maxLength, queueCapacity, handler);
  }

  /** The port the receiver listens on (the chosen one if 0 was asked). */
  public int port() {
    return port;
  }

  /**
   * The UDP socket's receive buffer as the kernel granted it, in bytes, or -1 for TCP. The receiver
   * asks for 4 MiB to ride out bursts; Linux grants at most {@code net.core.rmem_max} (often 208
   * KiB) and reports twice what it grants. Datagrams beyond it are lost in the kernel, uncounted.
   */
  public int receiveBufferSize() {
    return receiveBufferSize;
  }

  /** Frames read from the network, including those dropped. */
  public long received() {
    return received.sum();
  }

  /** Frames the handler delivered. */
  public long delivered() {
    return delivered.sum();
  }

  /** Frames the handler found malformed. */
  public long malformed() {
    return malformed.sum();
  }

  /** Frames the handler found to name no message it knows. */
  public long unknown() {
    return unknown.sum();
  }

  /** Frames too large or cut short, and UDP frames that found the queue full. */
  public long dropped() {
    return dropped.sum();
  }

  /** The dispatch thread: takes frames until {@code STOP}. */
  private void work() {
    while (true) {
      Frame frame;
      try {
        frame = queue.take();
      } catch (InterruptedException e) {
        return;
      }
      if (frame == STOP) {
        return;
      }
      if (frame.rejection() != null) {
        handler.rejected(frame.bytes(), frame.peer(), frame.rejection());
        continue;
      }
      switch (handler.dispatch(frame.bytes(), frame.peer())) {
        case DELIVERED -> delivered.increment();
        case MALFORMED -> malformed.increment();
        case UNKNOWN -> unknown.increment();
      }
    }
  }

  /**
   * Stops listening, hands over the frames already queued and joins every thread. Later calls do
   * nothing.
   *
   * @throws IOException if closing a socket fails
   */
  @Override
  public void close() throws IOException {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      server.close();
    } finally {
      try {
        queue.put(STOP);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        worker.interrupt();
      }
      SyslogThreads.join(worker);
    }
  }

  @Override
  public String toString() {
    return (tcp ? "syslog tcp:" : "syslog udp:")
        + port
        + " [received="
        + received
        + ", delivered="
        + delivered
        + ", malformed="
        + malformed
        + ", unknown="
        + unknown
        + ", dropped="
        + dropped
        + ']';
  }

  /** What the dispatch thread calls; never concurrently. */
  public interface Handler {
    /**
     * One frame: a datagram, or a TCP frame without its framing.
     *
     * @param bytes the frame
     * @param peer the sender as {@code address:port}
     * @return what became of it, for the counters
     */
    Outcome dispatch(byte[] bytes, String peer);

    /**
     * A frame the transport dropped (too large, cut short), with the bytes it kept.
     *
     * @param bytes the bytes kept
     * @param peer the sender as {@code address:port}
     * @param rejection why it was dropped
     */
    void rejected(byte[] bytes, String peer, SyslogRejection rejection);
  }

  /** What became of a frame. */
  public enum Outcome {
    /** Handed to the listener method of its message. */
    DELIVERED,

    /** Did not parse or did not decode. */
    MALFORMED,

    /** Named no message the handler knows. */
    UNKNOWN
  }

  /**
   * A frame waiting for the dispatch thread.
   *
   * @param bytes the frame
   * @param peer the sender
   * @param rejection why the transport rejected it, or null
   */
  private record Frame(byte[] bytes, String peer, SyslogRejection rejection) {}

  /** Takes frames from the server threads into the queue. */
  private final class Intake implements SyslogFrameSink {
    @Override
    public void frame(byte[] bytes, String peer) {
      received.increment();
      enqueue(new Frame(bytes, peer, null));
    }

    @Override
    public void rejected(byte[] bytes, String peer, SyslogRejection rejection) {
      received.increment();
      dropped.increment();
      enqueue(new Frame(bytes, peer, rejection));
    }

    private void enqueue(Frame frame) {
      if (!tcp) {
        if (!queue.offer(frame) && frame.rejection() == null) {
          dropped.increment();
        }
        return;
      }
      try {
        queue.put(frame);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
