package dev.eventgen.cli;

import dev.eventgen.Generator;
import dev.eventgen.model.Api;
import dev.eventgen.model.Message;
import dev.eventgen.sampling.SampleGenerator;
import dev.eventgen.simulate.CallFlows;
import dev.eventgen.simulate.EventSink;
import dev.eventgen.simulate.EventSource;
import dev.eventgen.simulate.JmsSink;
import dev.eventgen.simulate.LiveHints;
import dev.eventgen.simulate.RandomTraffic;
import dev.eventgen.simulate.Simulation;
import dev.eventgen.simulate.SyslogSink;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.qpid.jms.JmsConnectionFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code eventgen simulate <spec>}: random valid (and on request malformed) events of the spec,
 * sent to a JMS broker (Artemis CORE or AMQP) and a syslog receiver at a steady rate.
 */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = {
      "Sends random events of an AsyncAPI document to a JMS broker and/or a syslog receiver,"
          + " as its producers would: valid ones made from the schemas, and a share of malformed"
          + " ones on request. A progress line goes to stderr."
    })
final class SimulateCommand implements Callable<Integer> {

  private static final Pattern RATE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(?:/s)?");
  private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?");

  @Mixin CommandConsole console;

  @Mixin RefMapOption refMap;

  @Parameters(index = "0", paramLabel = "<spec>", description = "The AsyncAPI document.")
  Path specFile;

  @Option(
      names = "--jms",
      paramLabel = "<url>",
      description = "ActiveMQ Artemis broker (CORE protocol), e.g. tcp://localhost:61616.")
  String jms;

  @Option(
      names = "--amqp",
      paramLabel = "<url>",
      description = "AMQP 1.0 broker (Qpid JMS client), e.g. amqp://localhost:5672.")
  String amqp;

  @Option(
      names = "--syslog",
      paramLabel = "<url>",
      description = "Syslog receiver, udp://host:port or tcp://host:port (RFC 5424).")
  String syslog;

  @Option(
      names = "--rate",
      paramLabel = "<n/s>",
      defaultValue = "10/s",
      description = "Events per second, e.g. 50/s; 0 for as fast as possible (default: 10/s).")
  String rate;

  @Option(
      names = "--duration",
      paramLabel = "<time>",
      description = "How long to run, e.g. 30s, 500ms, 2m (default: until --count, or Ctrl-C).")
  String duration;

  @Option(names = "--count", paramLabel = "<n>", description = "How many events to make.")
  long count;

  @Option(
      names = "--invalid",
      paramLabel = "<share>",
      defaultValue = "0",
      description = "Share of events that break one rule of their schema, 0 to 1, e.g. 0.05.")
  double invalid;

  @Option(
      names = "--seed",
      paramLabel = "<n>",
      description = "Seed of the random choices, to repeat a run (default: printed at start).")
  Long seed;

  @Option(
      names = "--progress",
      paramLabel = "<time>",
      defaultValue = "1s",
      description = "How often the progress line is printed, e.g. 5s; 0 for only the totals.")
  String progress;

  @Option(
      names = "--scenario",
      paramLabel = "<name>",
      defaultValue = "random",
      description =
          "random: independent events; calls: call flows, each call's events sharing one call"
              + " id in order (started, ..., ended), where the spec's fields allow it.")
  String scenario;

  @Override
  public Integer call() {
    if (jms == null && amqp == null && syslog == null) {
      console.err().println("error: nowhere to send: give --jms, --amqp and/or --syslog");
      return 2;
    }
    double perSecond = rate(rate);
    Duration limit = duration == null ? null : duration(duration);
    Duration every = duration(progress);
    if (perSecond < 0
        || limit == null && duration != null
        || every == null
        || invalid < 0
        || invalid > 1) {
      console
          .err()
          .println(
              "error: --rate takes e.g. 50/s, --duration and --progress e.g. 30s, --invalid a"
                  + " share from 0 to 1");
      return 2;
    }
    if (!scenario.equals("random") && !scenario.equals("calls")) {
      console.err().println("error: --scenario is random or calls, not " + scenario);
      return 2;
    }
    return console.run(() -> simulate(perSecond, limit, every));
  }

  private int simulate(double perSecond, Duration limit, Duration every) throws Exception {
    Api api = Generator.load(specFile, refMap.refMap(), console.reporter()).api();
    long seedValue = seed != null ? seed : new Random().nextInt(1_000_000);
    List<EventSink> sinks = new ArrayList<>();
    try {
      String failure = connect(api, sinks);
      if (failure != null) {
        console.err().println("error: " + failure);
        return SpecProblems.FAILED;
      }
      List<Message> messages =
          api.messages().stream().filter(m -> sinks.stream().anyMatch(s -> s.carries(m))).toList();
      if (messages.isEmpty()) {
        console
            .err()
            .println(
                "error: no message of "
                    + specFile
                    + " travels over "
                    + String.join(", ", sinks.stream().map(EventSink::name).toList())
                    + " (no JMS channel binding or address, no x-syslog)");
        return SpecProblems.FAILED;
      }
      Random random = new Random(seedValue);
      SampleGenerator samples = new SampleGenerator(api, new LiveHints());
      EventSource source =
          scenario.equals("calls")
              ? new CallFlows(samples, messages, invalid, random)
              : new RandomTraffic(samples, messages, invalid, random);
      console
          .err()
          .printf(
              "simulating %s %s: %d messages to %s, %s, seed %d%n",
              api.title(),
              api.version(),
              messages.size(),
              String.join(", ", sinks.stream().map(EventSink::name).toList()),
              perSecond > 0 ? perSecond + "/s" : "as fast as possible",
              seedValue);
      console.err().flush();
      Simulation.Totals totals =
          new Simulation(source, sinks, console.err(), every, System.console() != null)
              .run(perSecond, count, limit);
      if (totals.errors() > 0) {
        console.err().println("error: " + totals.errors() + " sends failed");
        return SpecProblems.FAILED;
      }
      return SpecProblems.OK;
    } finally {
      for (EventSink sink : sinks) {
        try {
          sink.close();
        } catch (Exception e) {
          console.err().println("warning: closing " + sink.name() + ": " + e.getMessage());
        }
      }
    }
  }

  /** Opens every sink asked for; the failure to report, or null. */
  private String connect(Api api, List<EventSink> sinks) {
    String target = null;
    try {
      if (jms != null) {
        target = "JMS broker " + jms;
        sinks.add(new JmsSink(api, new ActiveMQConnectionFactory(jms), "jms " + jms));
      }
      if (amqp != null) {
        target = "AMQP broker " + amqp;
        sinks.add(new JmsSink(api, new JmsConnectionFactory(amqp), "amqp " + amqp));
      }
      if (syslog != null) {
        target = "syslog receiver " + syslog;
        sinks.add(new SyslogSink(api, URI.create(syslog)));
      }
      return null;
    } catch (Exception e) {
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      String why = e.getMessage() == null ? e.toString() : e.getMessage();
      if (root != e && root.getMessage() != null && !why.contains(root.getMessage())) {
        why += " (" + root.getMessage() + ")"; // the provider's own words on what failed
      }
      return "cannot connect to " + target + ": " + why;
    }
  }

  static double rate(String text) {
    Matcher m = RATE.matcher(text.trim());
    return m.matches() ? Double.parseDouble(m.group(1)) : -1;
  }

  static Duration duration(String text) {
    Matcher m = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      return null;
    }
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    return switch (unit) {
      case "ms" -> Duration.ofMillis(n);
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      default -> Duration.ofSeconds(n);
    };
  }
}
