package dev.eventgen.emit.syslog;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.io.Closeable;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.util.Arrays;
import javax.lang.model.element.Modifier;

/** Writes {@code SyslogUdpServer}: one socket, one thread, one datagram per frame. */
final class UdpServerWriter {

  private final SyslogTypes types;

  UdpServerWriter(SyslogTypes types) {
    this.types = types;
  }

  TypeSpec write() {
    return TypeSpec.classBuilder(types.udpServer())
        .addModifiers(Modifier.FINAL)
        .addSuperinterface(Closeable.class)
        .addJavadoc(
            "Receives syslog datagrams on one thread and hands each to the sink. A datagram"
                + " longer than the maximum frame length is rejected with its first bytes.\n")
        .addField(DatagramSocket.class, "socket", Modifier.PRIVATE, Modifier.FINAL)
        .addField(int.class, "maxLength", Modifier.PRIVATE, Modifier.FINAL)
        .addField(types.frameSink(), "sink", Modifier.PRIVATE, Modifier.FINAL)
        .addField(Thread.class, "thread", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(constructor())
        .addMethod(
            MethodSpec.methodBuilder("port")
                .returns(int.class)
                .addStatement("return socket.getLocalPort()")
                .build())
        .addMethod(run())
        .addMethod(
            MethodSpec.methodBuilder("receiveBufferSize")
                .returns(int.class)
                .addException(SocketException.class)
                .addStatement("return socket.getReceiveBufferSize()")
                .build())
        .addMethod(close())
        .build();
  }

  private MethodSpec constructor() {
    return MethodSpec.constructorBuilder()
        .addException(IOException.class)
        .addParameter(InetSocketAddress.class, "address")
        .addParameter(int.class, "maxLength")
        .addParameter(types.frameSink(), "sink")
        .addStatement("this.socket = new $T(address)", DatagramSocket.class)
        .addStatement("this.maxLength = maxLength")
        .addStatement("this.sink = sink")
        .addComment("A large buffer rides out bursts while the dispatch thread catches up.")
        .addStatement("socket.setReceiveBufferSize(4 << 20)")
        .addStatement("this.thread = $T.start(this::run, $S + port())", types.threads(), "syslog-udp-")
        .build();
  }

  private MethodSpec run() {
    return MethodSpec.methodBuilder("run")
        .addModifiers(Modifier.PRIVATE)
        .addStatement("byte[] buffer = new byte[65_536]")
        .addStatement("$T packet = new $T(buffer, buffer.length)", DatagramPacket.class, DatagramPacket.class)
        .beginControlFlow("while (!socket.isClosed())")
        .beginControlFlow("try")
        .addStatement("packet.setLength(buffer.length)")
        .addStatement("socket.receive(packet)")
        .nextControlFlow("catch ($T e)", IOException.class)
        .addComment("closed, or a transient error: the loop condition decides")
        .addStatement("continue")
        .endControlFlow()
        .addStatement(
            "String peer = packet.getAddress().getHostAddress() + ':' + packet.getPort()")
        .beginControlFlow("if (packet.getLength() > maxLength)")
        .addStatement(
            "sink.rejected($T.copyOf(buffer, maxLength), peer, new $T($T.TOO_LARGE, $S + packet.getLength()"
                + " + $S + maxLength, null, maxLength))",
            Arrays.class, types.names().problem(), types.problemKind(), "datagram of ",
            " bytes exceeds the maximum frame length ")
        .nextControlFlow("else")
        .addStatement("sink.frame($T.copyOf(buffer, packet.getLength()), peer)", Arrays.class)
        .endControlFlow()
        .endControlFlow()
        .build();
  }

  private MethodSpec close() {
    return MethodSpec.methodBuilder("close")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Closes the socket and waits for the receiving thread to end.\n")
        .addStatement("socket.close()")
        .addStatement("$T.join(thread)", types.threads())
        .build();
  }
}
