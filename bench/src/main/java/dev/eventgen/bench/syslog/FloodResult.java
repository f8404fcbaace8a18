package dev.eventgen.bench.syslog;

/**
 * What one trial of the flood counted, and its table row.
 *
 * @param rate the offered rate in datagrams/s, 0 for unthrottled
 * @param sent datagrams sent
 * @param sendNanos time the sending took
 * @param received datagrams the receiver read from its socket
 * @param delivered events the receiver handed to their listener method
 * @param typed typed events the listener counted (should equal delivered)
 * @param dropped frames the receiver dropped, here: found its queue full
 * @param rejected frames reported as malformed or unknown, and listener failures (should be 0)
 * @param rcvbufErrors the machine's UDP receive-buffer drops during the trial, -1 if unreadable
 * @param deliverNanos time from the first send to the last delivery
 */
record FloodResult(
    int rate,
    long sent,
    long sendNanos,
    long received,
    long delivered,
    long typed,
    long dropped,
    long rejected,
    long rcvbufErrors,
    long deliverNanos) {

  static final String HEADER = String.format(
      "%-10s %9s %8s %9s %8s %9s %8s %8s %8s %8s %7s %11s",
      "trial", "offered/s", "sent", "sent/s", "received", "delivered", "typed", "dropped",
      "kernel", "rcvbuf", "loss %", "delivered/s");

  /** Datagrams the kernel lost before the receiver read them. */
  long kernelLost() {
    return sent - received;
  }

  /** Sent datagrams that never reached the listener, in percent. */
  double lossPercent() {
    return 100.0 * (sent - delivered) / sent;
  }

  String row(String name) {
    return String.format(
        "%-10s %9s %8d %9.0f %8d %9d %8d %8d %8d %8s %7.2f %11.0f%s",
        name, rate == 0 ? "max" : Integer.toString(rate), sent, perSecond(sent, sendNanos),
        received, delivered, typed, dropped, kernelLost(),
        rcvbufErrors < 0 ? "n/a" : Long.toString(rcvbufErrors), lossPercent(),
        perSecond(delivered, deliverNanos),
        rejected == 0 ? "" : "  (" + rejected + " malformed, unknown or failed)");
  }

  private static double perSecond(long count, long nanos) {
    return nanos <= 0 ? 0 : count / (nanos / 1e9);
  }
}
