package dev.eventgen.emit.syslog;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/** Writes {@code SyslogFrameSink}: where the UDP and TCP servers hand what they read. */
final class FrameSinkWriter {

  private final SyslogTypes types;

  FrameSinkWriter(SyslogTypes types) {
    this.types = types;
  }

  TypeSpec write() {
    return TypeSpec.interfaceBuilder(types.frameSink())
        .addJavadoc(
            "Receives what a server read: whole frames, and frames it had to reject (too large,"
                + " cut short). Called from the server's threads; must not block for long.\n")
        .addMethod(
            MethodSpec.methodBuilder("frame")
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .addJavadoc("A datagram or a TCP frame without its framing.\n")
                .addParameter(byte[].class, "bytes")
                .addParameter(String.class, "peer")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("rejected")
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .addJavadoc("A frame dropped by the transport: the bytes kept and why.\n")
                .addParameter(byte[].class, "bytes")
                .addParameter(String.class, "peer")
                .addParameter(types.names().problem(), "problem")
                .build())
        .build();
  }
}
