package dev.eventgen.it.syslog;

import dev.eventgen.runtime.syslog.SyslogMessage;
import dev.eventgen.runtime.syslog.SyslogSdElement;
import dev.eventgen.runtime.syslog.SyslogSdParam;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Sends messages with util-linux {@code logger}, the way an operator's script would. */
final class Logger {

  private static final String[] SEVERITIES = {
    "emerg", "alert", "crit", "err", "warning", "notice", "info", "debug"};

  private Logger() {}

  /** True if {@code logger} can be run. */
  static boolean available() {
    try {
      return new ProcessBuilder("logger", "--version").start().waitFor(10, TimeUnit.SECONDS);
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * The message as RFC 5424 with its SD element, MSGID, APP-NAME and PRI; {@code transport} is
   * {@code --udp} or {@code --tcp}, plus any extra options such as {@code --octet-count}.
   */
  static void rfc5424(SyslogMessage message, int port, String... transport) throws Exception {
    List<String> command = base(message, port, transport);
    command.add("--rfc5424");
    command.add("--msgid");
    command.add(message.msgId());
    for (SyslogSdElement element : message.structuredData()) {
      command.add("--sd-id");
      command.add(element.id());
      for (SyslogSdParam param : element.params()) {
        command.add("--sd-param");
        command.add(param.name() + "=\"" + escape(param.value()) + "\"");
      }
    }
    command.add(message.msg());
    run(command);
  }

  /** {@code text} as RFC 3164 with the message's PRI and APP-NAME as tag. */
  static void rfc3164(SyslogMessage message, String text, int port, String... transport)
      throws Exception {
    List<String> command = base(message, port, transport);
    command.add("--rfc3164");
    command.add(text);
    run(command);
  }

  private static List<String> base(SyslogMessage message, int port, String... transport) {
    List<String> command = new ArrayList<>(List.of("logger", "--size", "8192"));
    command.addAll(List.of(transport));
    command.addAll(List.of("--server", "127.0.0.1", "--port", Integer.toString(port)));
    command.addAll(List.of("-t", message.appName()));
    command.addAll(List.of("-p", "local7." + SEVERITIES[message.severity()]));
    return command;
  }

  /** RFC 5424 PARAM-VALUE escaping: logger sends the value exactly as given. */
  private static String escape(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("]", "\\]");
  }

  private static void run(List<String> command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("logger did not finish: " + command);
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.exitValue() != 0) {
      throw new AssertionError("logger failed (" + process.exitValue() + "): " + output);
    }
  }
}
