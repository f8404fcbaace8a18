package dev.eventgen.emit.syslog;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.lang.model.element.Modifier;

/** Writes {@code SyslogTcpServer}: accepts connections and frames each on its own thread. */
final class TcpServerWriter {

  private final SyslogTypes types;

  TcpServerWriter(SyslogTypes types) {
    this.types = types;
  }

  TypeSpec write() {
    return TypeSpec.classBuilder(types.tcpServer())
        .addModifiers(Modifier.FINAL)
        .addSuperinterface(Closeable.class)
        .addJavadoc(
            "Accepts syslog connections (at most {@link #MAX_CONNECTIONS} at once; more are"
                + " closed at once) and reads each with a {@link $T} on its own thread.\n",
            types.framer())
        .addField(
            FieldSpec.builder(int.class, "MAX_CONNECTIONS", Modifier.STATIC, Modifier.FINAL)
                .initializer("256")
                .build())
        .addField(ServerSocket.class, "server", Modifier.PRIVATE, Modifier.FINAL)
        .addField(int.class, "maxLength", Modifier.PRIVATE, Modifier.FINAL)
        .addField(types.frameSink(), "sink", Modifier.PRIVATE, Modifier.FINAL)
        .addField(
            FieldSpec.builder(
                    ParameterizedTypeName.get(Map.class, Socket.class, Thread.class),
                    "connections",
                    Modifier.PRIVATE,
                    Modifier.FINAL)
                .initializer("new $T<>()", ConcurrentHashMap.class)
                .build())
        .addField(Thread.class, "acceptor", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(constructor())
        .addMethod(
            MethodSpec.methodBuilder("port")
                .returns(int.class)
                .addStatement("return server.getLocalPort()")
                .build())
        .addMethod(accept())
        .addMethod(read())
        .addMethod(close())
        .build();
  }

  private MethodSpec constructor() {
    return MethodSpec.constructorBuilder()
        .addException(IOException.class)
        .addParameter(InetSocketAddress.class, "address")
        .addParameter(int.class, "maxLength")
        .addParameter(types.frameSink(), "sink")
        .addStatement("this.server = new $T()", ServerSocket.class)
        .addStatement("server.bind(address)")
        .addStatement("this.maxLength = maxLength")
        .addStatement("this.sink = sink")
        .addStatement(
            "this.acceptor = $T.start(this::accept, $S + port())", types.threads(), "syslog-tcp-")
        .build();
  }

  private MethodSpec accept() {
    return MethodSpec.methodBuilder("accept")
        .addModifiers(Modifier.PRIVATE)
        .beginControlFlow("while (!server.isClosed())")
        .beginControlFlow("try")
        .addStatement("$T socket = server.accept()", Socket.class)
        .beginControlFlow("if (connections.size() >= MAX_CONNECTIONS)")
        .addStatement("socket.close()")
        .addStatement("continue")
        .endControlFlow()
        .addStatement(
            "String peer = socket.getInetAddress().getHostAddress() + ':' + socket.getPort()")
        .addComment("Registered before it starts, so its own removal cannot come first.")
        .addStatement("Thread reader = new Thread(() -> read(socket, peer), $S + peer)", "syslog-tcp-")
        .addStatement("reader.setDaemon(true)")
        .addStatement("connections.put(socket, reader)")
        .addStatement("reader.start()")
        .nextControlFlow("catch ($T e)", IOException.class)
        .addComment("closed, or a failed accept: the loop condition decides")
        .endControlFlow()
        .endControlFlow()
        .build();
  }

  private MethodSpec read() {
    return MethodSpec.methodBuilder("read")
        .addModifiers(Modifier.PRIVATE)
        .addParameter(Socket.class, "socket")
        .addParameter(String.class, "peer")
        .beginControlFlow("try (socket)")
        .addStatement(
            "new $T(new $T(socket.getInputStream()), maxLength, sink, peer).run()",
            types.framer(),
            BufferedInputStream.class)
        .nextControlFlow("catch ($T e)", IOException.class)
        .addComment("the connection broke or was closed: nothing more to read from it")
        .nextControlFlow("finally")
        .addStatement("connections.remove(socket)")
        .endControlFlow()
        .build();
  }

  private MethodSpec close() {
    return MethodSpec.methodBuilder("close")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Stops accepting, closes every connection and waits for all threads.\n")
        .addException(IOException.class)
        .addStatement("server.close()")
        .addStatement("$T.join(acceptor)", types.threads())
        .beginControlFlow("for (var connection : connections.entrySet())")
        .addStatement("connection.getKey().close()")
        .addStatement("$T.join(connection.getValue())", types.threads())
        .endControlFlow()
        .build();
  }
}
