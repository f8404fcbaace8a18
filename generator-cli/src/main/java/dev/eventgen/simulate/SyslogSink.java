package dev.eventgen.simulate;

import dev.eventgen.model.Api;
import dev.eventgen.model.Message;
import dev.eventgen.runtime.syslog.SyslogFormatter;
import java.io.IOException;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Sends events as RFC 5424 syslog to {@code udp://host:port} (one datagram each, RFC 5426) or
 * {@code tcp://host:port} (octet-counted frames, RFC 6587).
 */
public final class SyslogSink implements EventSink {

  private static final String HOSTNAME = "eventgen-sim";
  private static final int CONNECT_TIMEOUT_MS = 5_000;

  private final String name;
  private final SyslogLines lines;
  private final InetSocketAddress target;
  private final DatagramSocket udp;
  private final Socket tcp;
  private final OutputStream tcpOut;

  /**
   * Opens the socket (for TCP, connects).
   *
   * @param url {@code udp://host:port} or {@code tcp://host:port}
   * @throws IOException if a TCP receiver cannot be reached
   * @throws IllegalArgumentException if the URL is not of that form
   */
  public SyslogSink(Api api, URI url) throws IOException {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (url.getHost() == null || url.getPort() < 0 || !scheme.matches("udp|tcp")) {
      throw new IllegalArgumentException(
          "syslog target must be udp://host:port or tcp://host:port, not " + url);
    }
    this.name = "syslog " + url;
    this.lines = new SyslogLines(api);
    this.target = new InetSocketAddress(url.getHost(), url.getPort());
    if (scheme.equals("udp")) {
      this.udp = new DatagramSocket();
      this.tcp = null;
      this.tcpOut = null;
    } else {
      this.udp = null;
      this.tcp = new Socket();
      tcp.connect(target, CONNECT_TIMEOUT_MS);
      this.tcpOut = tcp.getOutputStream();
    }
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public boolean carries(Message message) {
    return lines.carries(message);
  }

  @Override
  public void send(Outgoing event) throws IOException {
    byte[] line = SyslogFormatter.formatBytes(lines.message(event, HOSTNAME));
    if (udp != null) {
      udp.send(new DatagramPacket(line, line.length, target));
    } else {
      tcpOut.write((line.length + " ").getBytes(StandardCharsets.US_ASCII));
      tcpOut.write(line);
      tcpOut.flush();
    }
  }

  @Override
  public void close() throws IOException {
    if (udp != null) {
      udp.close();
    } else {
      tcp.close();
    }
  }
}
