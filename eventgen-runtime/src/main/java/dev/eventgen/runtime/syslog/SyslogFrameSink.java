package dev.eventgen.runtime.syslog;

/**
 * Receives what a server read: whole frames, and frames it had to reject (too large, cut short).
 * Called from the server's threads; must not block for long (a TCP reader may, to push back).
 */
public interface SyslogFrameSink {
  /**
   * A datagram or a TCP frame without its framing.
   *
   * @param bytes the frame, owned by the sink from now on
   * @param peer the sender as {@code address:port}
   */
  void frame(byte[] bytes, String peer);

  /**
   * A frame dropped by the transport: the bytes kept and why.
   *
   * @param bytes the bytes kept, owned by the sink from now on
   * @param peer the sender as {@code address:port}
   * @param rejection why the frame was dropped
   */
  void rejected(byte[] bytes, String peer, SyslogRejection rejection);
}
