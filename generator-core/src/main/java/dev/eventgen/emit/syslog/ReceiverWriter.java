package dev.eventgen.emit.syslog;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.eventgen.emit.JavaNames;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import javax.lang.model.element.Modifier;

/** Writes {@code <Api>SyslogReceiver}: a UDP or TCP server feeding one dispatch thread. */
final class ReceiverWriter {

  private final SyslogTypes types;
  private final JavaNames names;
  private final ReceiverParts parts;

  ReceiverWriter(SyslogTypes types) {
    this.types = types;
    this.names = types.names();
    this.parts = new ReceiverParts(types, frame());
  }

  ClassName frame() {
    return types.receiver().nestedClass("Frame");
  }

  TypeSpec write() {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(types.receiver())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(AutoCloseable.class)
            .addJavadoc(javadoc(), names.listener())
            .addField(constant("QUEUE_CAPACITY", "10_000", "Frames waiting for the dispatch thread, at most."))
            .addField(constant("MAX_LENGTH", "16_384", "Longest frame accepted, in bytes (CVP lines are a few hundred)."))
            .addType(parts.frameRecord())
            .addType(parts.intake())
            .addField(
                FieldSpec.builder(frame(), "STOP", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("new $T(new byte[0], null, null)", frame())
                    .build())
            .addField(types.dispatcher(), "dispatcher", Modifier.PRIVATE, Modifier.FINAL)
            .addField(
                ParameterizedTypeName.get(ClassName.get(BlockingQueue.class), frame()),
                "queue",
                Modifier.PRIVATE,
                Modifier.FINAL)
            .addField(boolean.class, "tcp", Modifier.PRIVATE, Modifier.FINAL)
            .addField(Closeable.class, "server", Modifier.PRIVATE, Modifier.FINAL)
            .addField(int.class, "port", Modifier.PRIVATE, Modifier.FINAL)
            .addField(int.class, "receiveBufferSize", Modifier.PRIVATE, Modifier.FINAL)
            .addField(Thread.class, "worker", Modifier.PRIVATE, Modifier.FINAL)
            .addField(
                FieldSpec.builder(AtomicBoolean.class, "closed", Modifier.PRIVATE, Modifier.FINAL)
                    .initializer("new $T()", AtomicBoolean.class)
                    .build());
    for (String counter : ReceiverParts.COUNTERS) {
      type.addField(
          FieldSpec.builder(LongAdder.class, counter, Modifier.PRIVATE, Modifier.FINAL)
              .initializer("new $T()", LongAdder.class)
              .build());
    }
    return type.addMethod(factory("udp", false))
        .addMethod(bindFactory("udp", false))
        .addMethod(factory("tcp", true))
        .addMethod(bindFactory("tcp", true))
        .addMethod(constructor())
        .addMethod(
            MethodSpec.methodBuilder("port")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("The port the receiver listens on (the chosen one if 0 was asked).\n")
                .returns(int.class)
                .addStatement("return port")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("receiveBufferSize")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(
                    "The UDP socket's receive buffer as the kernel granted it, in bytes, or -1 for"
                        + " TCP. The receiver asks for 4 MiB to ride out bursts; Linux grants at"
                        + " most {@code net.core.rmem_max} (often 208 KiB) and reports twice what"
                        + " it grants. Datagrams beyond it are lost in the kernel, uncounted.\n")
                .returns(int.class)
                .addStatement("return receiveBufferSize")
                .build())
        .addMethods(parts.counterAccessors())
        .addMethod(parts.work())
        .addMethod(parts.close())
        .addMethod(parts.string())
        .build();
  }

  private static String javadoc() {
    return "Receives the API's events as syslog over UDP or TCP and hands them to a {@link $T},"
        + " the same listener the other transports use.\n\n"
        + "<p>The server thread(s) only read frames (TCP: RFC 6587 octet counting or LF framing,"
        + " told apart per frame) and queue them; one dispatch thread parses, decodes and calls"
        + " the listener, so the listener sees one call at a time, in arrival order. Counters:"
        + " received (frames read), delivered, malformed, unknown, dropped (frames too large or"
        + " cut short, reported to {@code onMalformed} with their bytes, and UDP frames that"
        + " found the queue full, which are only counted) and listener failures. A full queue"
        + " makes TCP readers wait instead (TCP pushes back on the sender).\n\n"
        + "<p>Binds to the loopback address unless given another: syslog has no authentication,"
        + " so listening on the network is a decision to make explicitly. Port 0 picks a free"
        + " port; see {@link #port()}. {@link #close()} stops the server, delivers what is"
        + " queued, and joins every thread; it may be called more than once.\n";
  }

  private static FieldSpec constant(String name, String value, String doc) {
    return FieldSpec.builder(int.class, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc(doc + "\n")
        .initializer(value)
        .build();
  }

  private MethodSpec factory(String name, boolean tcp) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc(
            "A " + (tcp ? "TCP" : "UDP") + " receiver on the loopback address.\n\n"
                + "@param port the port, or 0 for a free one\n"
                + "@throws IOException if the port cannot be bound\n")
        .returns(types.receiver())
        .addException(IOException.class)
        .addParameter(int.class, "port")
        .addParameter(names.listener(), "listener")
        .addStatement(
            "return $L(new $T($T.getLoopbackAddress(), port), listener)",
            name, InetSocketAddress.class, InetAddress.class)
        .build();
  }

  private MethodSpec bindFactory(String name, boolean tcp) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc(
            "A " + (tcp ? "TCP" : "UDP") + " receiver on the given address.\n\n"
                + "@throws IOException if the address cannot be bound\n")
        .returns(types.receiver())
        .addException(IOException.class)
        .addParameter(InetSocketAddress.class, "address")
        .addParameter(names.listener(), "listener")
        .addStatement("return new $T(address, listener, $L)", types.receiver(), tcp)
        .build();
  }

  private MethodSpec constructor() {
    return MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addException(IOException.class)
        .addParameter(InetSocketAddress.class, "address")
        .addParameter(names.listener(), "listener")
        .addParameter(boolean.class, "tcp")
        .addStatement("this.dispatcher = new $T(listener, new $T($T.systemDefaultZone(), MAX_LENGTH))",
            types.dispatcher(), types.parser(), Clock.class)
        .addStatement("this.queue = new $T<>(QUEUE_CAPACITY)", ArrayBlockingQueue.class)
        .addStatement("this.tcp = tcp")
        .beginControlFlow("if (tcp)")
        .addStatement("$T tcpServer = new $T(address, MAX_LENGTH, new Intake())", types.tcpServer(), types.tcpServer())
        .addStatement("this.server = tcpServer")
        .addStatement("this.port = tcpServer.port()")
        .addStatement("this.receiveBufferSize = -1")
        .nextControlFlow("else")
        .addStatement("$T udpServer = new $T(address, MAX_LENGTH, new Intake())", types.udpServer(), types.udpServer())
        .addStatement("this.server = udpServer")
        .addStatement("this.port = udpServer.port()")
        .addStatement("this.receiveBufferSize = udpServer.receiveBufferSize()")
        .endControlFlow()
        .addStatement("this.worker = $T.start(this::work, $S + port)", types.threads(), "syslog-dispatch-")
        .build();
  }
}
