package dev.eventgen.it.jms;

import dev.eventgen.it.Await;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The test's side of an {@link InstanceProcess}: starts it with this JVM's class path, reads what
 * it reports, and kills it with SIGKILL, which gives it no chance to acknowledge or close anything.
 */
final class KillableInstance implements AutoCloseable {

  private final Process process;
  private final Thread reader;
  private final List<String> other = new CopyOnWriteArrayList<>();
  private final Set<UUID> done = ConcurrentHashMap.newKeySet();
  private final Set<UUID> hung = ConcurrentHashMap.newKeySet();
  private volatile boolean ready;

  private KillableInstance(Process process) {
    this.process = process;
    this.reader = new Thread(this::read, "instance-output");
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts an instance and waits until it has subscribed. */
  static KillableInstance start(String brokerUrl, String subscription, int hangAfter)
      throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                java,
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                InstanceProcess.class.getName(),
                brokerUrl,
                subscription,
                Integer.toString(hangAfter))
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    KillableInstance instance = new KillableInstance(process);
    Await.until(
        "the instance process subscribed",
        () -> instance.ready || !process.isAlive(),
        () -> instance.other);
    if (!instance.ready) {
      throw new AssertionError("the instance process ended: " + instance.other);
    }
    return instance;
  }

  /** Events whose listener returned, so the instance acknowledged them or was about to. */
  Set<UUID> done() {
    return done;
  }

  /** Events the instance took and never finished: it never acknowledged them. */
  Set<UUID> hung() {
    return hung;
  }

  /** Kills the process (SIGKILL) and waits until it is gone and its output read. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      throw new AssertionError("the instance process did not die");
    }
    reader.join(TimeUnit.SECONDS.toMillis(20));
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }

  private void read() {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.startsWith("DONE ")) {
          done.add(UUID.fromString(line.substring(5)));
        } else if (line.startsWith("HUNG ")) {
          hung.add(UUID.fromString(line.substring(5)));
        } else if (line.equals("READY")) {
          ready = true;
        } else {
          other.add(line);
        }
      }
    } catch (IOException e) {
      other.add("reading failed: " + e);
    }
  }
}
