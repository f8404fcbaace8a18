package dev.eventgen.emit.syslog;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/** Writes the receiver's members: its queue entry, the server-side intake, the dispatch loop. */
final class ReceiverParts {

  static final List<String> COUNTERS =
      List.of("received", "delivered", "malformed", "unknown", "dropped");

  private static final Map<String, String> COUNTER_DOCS = Map.of(
      "received", "Frames read from the network, including those dropped.",
      "delivered", "Events handed to their listener method.",
      "malformed", "Frames that did not parse, or events that did not decode.",
      "unknown", "Frames that named no message of the API.",
      "dropped", "Frames too large or cut short, and UDP frames that found the queue full.");

  private final SyslogTypes types;
  private final ClassName frame;

  ReceiverParts(SyslogTypes types, ClassName frame) {
    this.types = types;
    this.frame = frame;
  }

  TypeSpec frameRecord() {
    return new Records(frame.simpleName(), "A frame waiting for the dispatch thread.")
        .component(TypeName.get(byte[].class), "bytes", "the frame")
        .component(ClassName.get(String.class), "peer", "the sender")
        .component(types.names().problem(), "problem", "why the transport rejected it, or null")
        .builder(Modifier.PRIVATE)
        .build();
  }

  TypeSpec intake() {
    return TypeSpec.classBuilder("Intake")
        .addModifiers(Modifier.PRIVATE, Modifier.FINAL)
        .addJavadoc("Takes frames from the server threads into the queue.\n")
        .addSuperinterface(types.frameSink())
        .addMethod(
            MethodSpec.methodBuilder("frame")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(byte[].class, "bytes")
                .addParameter(String.class, "peer")
                .addStatement("received.increment()")
                .addStatement("enqueue(new $T(bytes, peer, null))", frame)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("rejected")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(byte[].class, "bytes")
                .addParameter(String.class, "peer")
                .addParameter(types.names().problem(), "problem")
                .addStatement("received.increment()")
                .addStatement("dropped.increment()")
                .addStatement("enqueue(new $T(bytes, peer, problem))", frame)
                .build())
        .addMethod(enqueue())
        .build();
  }

  private MethodSpec enqueue() {
    return MethodSpec.methodBuilder("enqueue")
        .addModifiers(Modifier.PRIVATE)
        .addParameter(frame, "frame")
        .beginControlFlow("if (!tcp)")
        .beginControlFlow("if (!queue.offer(frame) && frame.problem() == null)")
        .addStatement("dropped.increment()")
        .endControlFlow()
        .addStatement("return")
        .endControlFlow()
        .beginControlFlow("try")
        .addStatement("queue.put(frame)")
        .nextControlFlow("catch (InterruptedException e)")
        .addStatement("Thread.currentThread().interrupt()")
        .endControlFlow()
        .build();
  }

  List<MethodSpec> counterAccessors() {
    List<MethodSpec> methods = new ArrayList<>();
    for (String counter : COUNTERS) {
      methods.add(
          MethodSpec.methodBuilder(counter)
              .addModifiers(Modifier.PUBLIC)
              .addJavadoc(COUNTER_DOCS.get(counter) + "\n")
              .returns(long.class)
              .addStatement("return $N.sum()", counter)
              .build());
    }
    methods.add(
        MethodSpec.methodBuilder("listenerFailures")
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Listener calls that threw.\n")
            .returns(long.class)
            .addStatement("return dispatcher.listenerFailures()")
            .build());
    return methods;
  }

  MethodSpec work() {
    return MethodSpec.methodBuilder("work")
        .addModifiers(Modifier.PRIVATE)
        .addJavadoc("The dispatch thread: takes frames until {@code STOP}.\n")
        .beginControlFlow("while (true)")
        .addStatement("$T frame", frame)
        .beginControlFlow("try")
        .addStatement("frame = queue.take()")
        .nextControlFlow("catch (InterruptedException e)")
        .addStatement("return")
        .endControlFlow()
        .beginControlFlow("if (frame == STOP)")
        .addStatement("return")
        .endControlFlow()
        .beginControlFlow("if (frame.problem() != null)")
        .addStatement("dispatcher.rejected(frame.bytes(), frame.peer(), frame.problem())")
        .addStatement("continue")
        .endControlFlow()
        .beginControlFlow("switch (dispatcher.dispatch(frame.bytes(), frame.peer()))")
        .addStatement("case DELIVERED -> delivered.increment()")
        .addStatement("case MALFORMED -> malformed.increment()")
        .addStatement("case UNKNOWN -> unknown.increment()")
        .endControlFlow()
        .endControlFlow()
        .build();
  }

  MethodSpec close() {
    return MethodSpec.methodBuilder("close")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc(
            "Stops listening, dispatches the frames already queued and joins every thread. Later"
                + " calls do nothing.\n\n@throws java.io.IOException if closing a socket fails\n")
        .addException(java.io.IOException.class)
        .beginControlFlow("if (!closed.compareAndSet(false, true))")
        .addStatement("return")
        .endControlFlow()
        .beginControlFlow("try")
        .addStatement("server.close()")
        .nextControlFlow("finally")
        .beginControlFlow("try")
        .addStatement("queue.put(STOP)")
        .nextControlFlow("catch (InterruptedException e)")
        .addStatement("Thread.currentThread().interrupt()")
        .addStatement("worker.interrupt()")
        .endControlFlow()
        .addStatement("$T.join(worker)", types.threads())
        .endControlFlow()
        .build();
  }

  MethodSpec string() {
    return MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement(
            "return (tcp ? $S : $S) + port + $S + received + $S + delivered + $S + malformed"
                + " + $S + unknown + $S + dropped + $S + listenerFailures() + ']'",
            "syslog tcp:", "syslog udp:", " [received=", ", delivered=", ", malformed=",
            ", unknown=", ", dropped=", ", listenerFailures=")
        .build();
  }
}
