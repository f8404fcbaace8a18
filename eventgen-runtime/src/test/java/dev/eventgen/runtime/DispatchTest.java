package dev.eventgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DispatchTest {

  static final EventContext CONTEXT =
      new EventContext(EventContext.JMS, "a", "a", "A", null, false, "7".getBytes());

  /** Records the reports; they throw what the test sets. */
  static final class Recorder implements EventListener {
    final List<String> calls = new ArrayList<>();
    final List<Object> arguments = new ArrayList<>();
    RuntimeException reportsThrow;
    RuntimeException failureThrows;

    @Override
    public void onMalformed(EventContext context, Problem problem) {
      record("onMalformed", problem);
    }

    @Override
    public void onUnknown(EventContext context, Problem problem) {
      record("onUnknown", problem);
    }

    @Override
    public void onListenerFailure(EventContext context, Throwable failure) {
      calls.add("onListenerFailure");
      arguments.add(failure);
      if (failureThrows != null) {
        throw failureThrows;
      }
    }

    private void record(String method, Problem problem) {
      calls.add(method);
      arguments.add(problem);
      if (reportsThrow != null) {
        throw reportsThrow;
      }
    }
  }

  final Recorder recorder = new Recorder();
  final Dispatch dispatch = new Dispatch(recorder);

  @Test
  void decodesAndDeliversTheEvent() {
    List<Object> delivered = new ArrayList<>();
    dispatch.decode(
        CONTEXT, body -> Integer.parseInt(new String(body)), (event, c) -> delivered.add(event));
    assertEquals(List.of(7), delivered);
    assertEquals(List.of(), recorder.calls);
    assertEquals(new Dispatch.Counts(1, 0, 0, 0), dispatch.counts());
  }

  @Test
  void aBodyThatDoesNotDecodeIsMalformed() {
    Problem problem = Problem.of(Problem.Kind.SYNTAX, "not a number");
    dispatch.decode(
        CONTEXT,
        body -> {
          throw new Dispatch.DecodeException(problem);
        },
        (event, c) -> {
          throw new AssertionError("not delivered");
        });
    assertEquals(List.of("onMalformed"), recorder.calls);
    assertSame(problem, recorder.arguments.get(0));

    dispatch.decode(CONTEXT, body -> null, (event, c) -> {});
    assertEquals(Problem.Kind.SYNTAX, ((Problem) recorder.arguments.get(1)).kind());
    assertEquals(new Dispatch.Counts(0, 2, 0, 0), dispatch.counts());
  }

  @Test
  void anExceptionOfTheListenerIsReportedNotThrown() {
    assertReported(new IllegalStateException("boom"));
    assertEquals(new Dispatch.Counts(1, 0, 0, 1), dispatch.counts());
  }

  @Test
  void anErrorOfTheListenerSuchAsAFailedAssertionIsReportedToo() {
    assertReported(new AssertionError("expected 1 but was 2"));
  }

  private void assertReported(Throwable thrown) {
    dispatch.deliver(CONTEXT, "event", (event, c) -> sneakyThrow(thrown));
    assertEquals(List.of("onListenerFailure"), recorder.calls);
    assertSame(thrown, recorder.arguments.get(0));
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> void sneakyThrow(Throwable thrown) throws T {
    throw (T) thrown;
  }

  @Test
  void aVirtualMachineErrorPropagates() {
    assertThrows(
        StackOverflowError.class,
        () ->
            dispatch.deliver(
                CONTEXT,
                "event",
                (event, c) -> {
                  throw new StackOverflowError();
                }));
  }

  @Test
  void reportsThatThrowAreReportedAsListenerFailures() {
    recorder.reportsThrow = new IllegalStateException("report failed");
    dispatch.malformed(CONTEXT, Problem.of(Problem.Kind.SYNTAX, "x"));
    dispatch.unknown(CONTEXT, Problem.of(Problem.Kind.UNKNOWN_MESSAGE, "y"));
    assertEquals(
        List.of("onMalformed", "onListenerFailure", "onUnknown", "onListenerFailure"),
        recorder.calls);
    assertEquals(new Dispatch.Counts(0, 1, 1, 2), dispatch.counts());
  }

  @Test
  void aFailingOnListenerFailureIsDropped() {
    recorder.failureThrows = new IllegalStateException("failure handler failed");
    dispatch.deliver(
        CONTEXT,
        "event",
        (event, c) -> {
          throw new IllegalArgumentException("first");
        });
    assertEquals(List.of("onListenerFailure"), recorder.calls);
    assertEquals(1, dispatch.counts().listenerFailures());
  }

  @Test
  void countsAddUpToWhatWasReceived() {
    dispatch.deliver(CONTEXT, "a", (event, c) -> {});
    dispatch.malformed(CONTEXT, Problem.of(Problem.Kind.SYNTAX, "x"));
    dispatch.unknown(CONTEXT, Problem.of(Problem.Kind.UNKNOWN_MESSAGE, "y"));
    assertEquals(3, dispatch.counts().received());
  }

  @Test
  void theListenerIsRequired() {
    assertThrows(NullPointerException.class, () -> new Dispatch(null));
  }
}
