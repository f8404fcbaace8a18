package dev.eventgen.emit.syslog;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.eventgen.emit.JavaNames;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Api>SyslogReceiver}: the API-named facade over the runtime's {@code
 * SyslogReceiver}, which owns the sockets, threads, queue and counters.
 */
final class ReceiverWriter {

  /** The runtime receiver's counters the facade passes on, with their Javadoc. */
  private static final String[][] COUNTERS = {
    {"received", "Frames read from the network, including those dropped."},
    {"delivered", "Events handed to their listener method."},
    {"malformed", "Frames that did not parse, or events that did not decode."},
    {"unknown", "Frames that named no message of the API."},
    {"dropped", "Frames too large or cut short, and UDP frames that found the queue full."},
  };

  private final SyslogTypes types;
  private final JavaNames names;

  ReceiverWriter(SyslogTypes types) {
    this.types = types;
    this.names = types.names();
  }

  TypeSpec write() {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(types.receiver())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(AutoCloseable.class)
            .addJavadoc(Docs.of(javadoc(), names.listener(), types.runtimeReceiver()))
            .addField(
                constant(
                    "QUEUE_CAPACITY", "10_000", "Frames waiting for the dispatch thread, at most."))
            .addField(
                constant(
                    "MAX_LENGTH",
                    "16_384",
                    "Longest frame accepted, in bytes (event lines are a few hundred)."))
            .addField(types.dispatcher(), "dispatcher", Modifier.PRIVATE, Modifier.FINAL)
            .addField(types.runtimeReceiver(), "receiver", Modifier.PRIVATE, Modifier.FINAL)
            .addMethod(constructor())
            .addMethod(factory("udp", false))
            .addMethod(bindFactory("udp", false))
            .addMethod(factory("tcp", true))
            .addMethod(bindFactory("tcp", true))
            .addMethod(
                delegate(
                    int.class,
                    "port",
                    "The port the receiver listens on (the chosen one if 0 was asked)."))
            .addMethod(
                delegate(
                    int.class,
                    "receiveBufferSize",
                    "The UDP socket's receive buffer as the kernel granted it, in bytes, or -1 for"
                        + " TCP; see\n{@link $T#receiveBufferSize()}.",
                    types.runtimeReceiver()));
    for (String[] counter : COUNTERS) {
      type.addMethod(delegate(long.class, counter[0], counter[1]));
    }
    return type.addMethod(
            MethodSpec.methodBuilder("listenerFailures")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Listener calls that threw.\n")
                .returns(long.class)
                .addStatement("return dispatcher.listenerFailures()")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("close")
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(Override.class)
                .addJavadoc(
                    "Stops listening, dispatches the frames already queued and joins every"
                        + " thread. Later calls do\nnothing.\n\n"
                        + "@throws IOException if closing a socket fails\n")
                .addException(IOException.class)
                .addStatement("receiver.close()")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("toString")
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(Override.class)
                .returns(String.class)
                .addStatement(
                    "return receiver + $S + listenerFailures() + ']'", " [listenerFailures=")
                .build())
        .build();
  }

  private static String javadoc() {
    return "Receives the API's events as syslog over UDP or TCP and hands them to a {@link $T},"
        + " the same listener the other transports use.\n\n"
        + "<p>A {@link $T} reads the frames (TCP: RFC 6587 octet counting or LF framing) and"
        + " queues them; one dispatch thread parses, decodes and calls the listener, so the"
        + " listener sees one call at a time, in arrival order. Frames too large or cut short are"
        + " reported to {@code onMalformed} with their bytes.\n\n"
        + "<p>Binds to the loopback address unless given another: syslog has no authentication,"
        + " so listening on the network is a decision to make explicitly. Port 0 picks a free"
        + " port; see {@link #port()}. {@link #close()} may be called more than once.\n";
  }

  private static FieldSpec constant(String name, String value, String doc) {
    return FieldSpec.builder(int.class, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc(doc + "\n")
        .initializer(value)
        .build();
  }

  private MethodSpec constructor() {
    return MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addException(IOException.class)
        .addParameter(InetSocketAddress.class, "address")
        .addParameter(names.listener(), "listener")
        .addParameter(boolean.class, "tcp")
        .addStatement(
            "$T parser =$Wnew $T($T.systemDefaultZone(), MAX_LENGTH, $T.SD_NAMES)",
            types.parser(),
            types.parser(),
            Clock.class,
            types.decoder())
        .addStatement("this.dispatcher = new $T(listener, parser)", types.dispatcher())
        .addStatement(
            "this.receiver = tcp$W? $T.tcp(address, MAX_LENGTH, QUEUE_CAPACITY, dispatcher)"
                + "$W: $T.udp(address, MAX_LENGTH, QUEUE_CAPACITY, dispatcher)",
            types.runtimeReceiver(),
            types.runtimeReceiver())
        .build();
  }

  private MethodSpec factory(String name, boolean tcp) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc(
            "A "
                + (tcp ? "TCP" : "UDP")
                + " receiver on the loopback address.\n\n"
                + "@param port the port, or 0 for a free one\n"
                + "@param listener receives the events and problems\n"
                + "@throws IOException if the port cannot be bound\n")
        .returns(types.receiver())
        .addException(IOException.class)
        .addParameter(int.class, "port")
        .addParameter(names.listener(), "listener")
        .addStatement(
            "return $L(new $T($T.getLoopbackAddress(), port), listener)",
            name,
            InetSocketAddress.class,
            InetAddress.class)
        .build();
  }

  private MethodSpec bindFactory(String name, boolean tcp) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc(
            "A "
                + (tcp ? "TCP" : "UDP")
                + " receiver on the given address.\n\n"
                + "@param address the address to bind\n"
                + "@param listener receives the events and problems\n"
                + "@throws IOException if the address cannot be bound\n")
        .returns(types.receiver())
        .addException(IOException.class)
        .addParameter(InetSocketAddress.class, "address")
        .addParameter(names.listener(), "listener")
        .addStatement("return new $T(address, listener, $L)", types.receiver(), tcp)
        .build();
  }

  private static MethodSpec delegate(Class<?> type, String name, String doc, Object... args) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc(doc + "\n", args)
        .returns(type)
        .addStatement("return receiver.$L()", name)
        .build();
  }
}
