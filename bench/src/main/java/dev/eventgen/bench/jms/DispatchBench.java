package dev.eventgen.bench.jms;

import com.acme.cvp.jms.CvpJmsDispatcher;
import com.acme.cvp.model.CvpJson;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.eventgen.runtime.Dispatch;
import jakarta.jms.JMSException;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The generated {@code CvpJmsDispatcher.onMessage} against the least a hand-written consumer
 * does: {@code CvpJson.mapper().readerFor(X.class).readValue(bytes)} with a reader prepared per
 * type. Both see the same {@value #MESSAGES} distinct CVP messages (the 10 kinds in turn, 450-900
 * bytes, {@code CvpSample#variants}) per invocation; scores are per message. Run with {@code
 * -prof gc} for the bytes allocated per message ({@code gc.alloc.rate.norm}). The dispatcher's overhead is {@code dispatch* / jackson*} of one run:
 * text with text, bytes with bytes.
 *
 * <p>The {@code jacksonText} baseline decodes {@code getText()} like the dispatcher does (a
 * consumer of text messages must); {@code jacksonBytes} reads the body bytes directly.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
@OperationsPerInvocation(DispatchBench.MESSAGES)
public class DispatchBench {

  static final int MESSAGES = 1000;

  private StubTextMessage[] textMessages;
  private StubBytesMessage[] bytesMessages;
  private ObjectReader[] readers;
  private CvpJmsDispatcher dispatcher;

  @Setup
  public void setUp(Blackhole blackhole) throws ClassNotFoundException {
    List<CvpSample> samples = CvpSample.variants(MESSAGES);
    if (samples.size() != MESSAGES) {
      throw new IllegalStateException("expected " + MESSAGES + " messages, got " + samples);
    }
    textMessages = new StubTextMessage[MESSAGES];
    bytesMessages = new StubBytesMessage[MESSAGES];
    readers = new ObjectReader[MESSAGES];
    for (int i = 0; i < MESSAGES; i++) {
      CvpSample sample = samples.get(i);
      textMessages[i] = sample.textMessage();
      bytesMessages[i] = sample.bytesMessage();
      readers[i] = CvpJson.mapper().readerFor(sample.event().getClass());
    }
    dispatcher = new CvpJmsDispatcher(new BlackholeListener(blackhole));
    checkEveryMessageIsDelivered();
  }

  @Benchmark
  public void dispatchText() {
    for (StubTextMessage message : textMessages) {
      dispatcher.onMessage(message);
    }
  }

  @Benchmark
  public void dispatchBytes() {
    for (StubBytesMessage message : bytesMessages) {
      dispatcher.onMessage(message);
    }
  }

  @Benchmark
  public void jacksonText(Blackhole blackhole) throws IOException {
    for (int i = 0; i < MESSAGES; i++) {
      blackhole.consume(readers[i].readValue(textMessages[i].getText()));
    }
  }

  @Benchmark
  public void jacksonBytes(Blackhole blackhole) throws IOException, JMSException {
    for (int i = 0; i < MESSAGES; i++) {
      StubBytesMessage message = bytesMessages[i];
      message.reset();
      byte[] body = new byte[(int) message.getBodyLength()];
      message.readBytes(body);
      blackhole.consume(readers[i].readValue(body));
    }
  }

  /** A benchmark of messages that go to onMalformed or onUnknown would measure nothing useful. */
  private void checkEveryMessageIsDelivered() {
    dispatchText();
    dispatchBytes();
    Dispatch.Counts counts = dispatcher.counts();
    if (counts.delivered() != 2 * MESSAGES || counts.received() != 2 * MESSAGES) {
      throw new IllegalStateException("not every sample was delivered: " + counts);
    }
  }
}
