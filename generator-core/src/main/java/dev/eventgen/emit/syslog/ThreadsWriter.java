package dev.eventgen.emit.syslog;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/** Writes {@code SyslogThreads}: starting and joining the receivers' daemon threads. */
final class ThreadsWriter {

  private final SyslogTypes types;

  ThreadsWriter(SyslogTypes types) {
    this.types = types;
  }

  TypeSpec write() {
    return TypeSpec.classBuilder(types.threads())
        .addModifiers(Modifier.FINAL)
        .addJavadoc("Daemon threads for the receivers: they never keep a JVM alive on their own.\n")
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(
            MethodSpec.methodBuilder("start")
                .addModifiers(Modifier.STATIC)
                .returns(Thread.class)
                .addParameter(Runnable.class, "task")
                .addParameter(String.class, "name")
                .addStatement("Thread thread = new Thread(task, name)")
                .addStatement("thread.setDaemon(true)")
                .addStatement("thread.start()")
                .addStatement("return thread")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("join")
                .addModifiers(Modifier.STATIC)
                .addJavadoc("Waits for the thread; an interrupt is kept for the caller.\n")
                .addParameter(Thread.class, "thread")
                .beginControlFlow("if (thread == Thread.currentThread())")
                .addStatement("return")
                .endControlFlow()
                .beginControlFlow("try")
                .addStatement("thread.join()")
                .nextControlFlow("catch (InterruptedException e)")
                .addStatement("Thread.currentThread().interrupt()")
                .endControlFlow()
                .build())
        .build();
  }
}
