package dev.eventgen.bench.syslog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Linux's own UDP counters, where readable: datagrams the kernel dropped because a socket's
 * receive buffer was full ({@code RcvbufErrors} in {@code /proc/net/snmp}), and the largest receive
 * buffer a socket may ask for ({@code net.core.rmem_max}). Both are machine-wide: other programs'
 * sockets count too.
 */
final class KernelUdpStats {

  private static final Path SNMP = Path.of("/proc/net/snmp");
  private static final Path RMEM_MAX = Path.of("/proc/sys/net/core/rmem_max");

  private KernelUdpStats() {}

  /** The machine's UDP receive-buffer drops so far, or -1 where not readable. */
  static long rcvbufErrors() {
    try {
      List<String> udp =
          Files.readAllLines(SNMP).stream().filter(line -> line.startsWith("Udp: ")).toList();
      int column = Arrays.asList(udp.get(0).split(" ")).indexOf("RcvbufErrors");
      return column < 0 ? -1 : Long.parseLong(udp.get(1).split(" ")[column]);
    } catch (IOException | RuntimeException e) {
      return -1; // not Linux, or not readable here: the report says n/a
    }
  }

  /** The cap on a socket's receive buffer in bytes, or -1 where not readable. */
  static long rmemMax() {
    try {
      return Long.parseLong(Files.readAllLines(RMEM_MAX).get(0).trim());
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }
}
