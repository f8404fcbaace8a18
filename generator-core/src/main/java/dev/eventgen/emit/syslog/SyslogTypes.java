package dev.eventgen.emit.syslog;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import javax.lang.model.element.Modifier;
import dev.eventgen.emit.JavaNames;

/**
 * Names of the generated syslog types. The generic ones (parser, message model) carry a {@code
 * Syslog} prefix; the API-specific ones are prefixed with the API name.
 */
final class SyslogTypes {

  private final JavaNames names;
  private final String pkg;

  SyslogTypes(JavaNames names) {
    this.names = names;
    this.pkg = names.syslogPackage();
  }

  JavaNames names() {
    return names;
  }

  ClassName format() {
    return generic("SyslogFormat");
  }

  ClassName message() {
    return generic("SyslogMessage");
  }

  ClassName sdElement() {
    return generic("SyslogSdElement");
  }

  ClassName sdParam() {
    return generic("SyslogSdParam");
  }

  ClassName cisco() {
    return generic("SyslogCisco");
  }

  ClassName parseException() {
    return generic("SyslogParseException");
  }

  /**
   * The start of every format parser's entry point: {@code static SyslogMessage parse(SyslogCursor
   * in, int pri) throws SyslogParseException}, called after the PRI has been read.
   */
  MethodSpec.Builder formatParseMethod() {
    return MethodSpec.methodBuilder("parse")
        .addModifiers(Modifier.STATIC)
        .returns(message())
        .addException(parseException())
        .addParameter(cursor(), "in")
        .addParameter(int.class, "pri");
  }

  ClassName sdNames() {
    return generic("SyslogNames");
  }

  ClassName cursor() {
    return generic("SyslogCursor");
  }

  ClassName parser() {
    return generic("SyslogParser");
  }

  ClassName rfc5424Parser() {
    return generic("Rfc5424Parser");
  }

  ClassName rfc3164Parser() {
    return generic("Rfc3164Parser");
  }

  ClassName ciscoLogParser() {
    return generic("CiscoLogParser");
  }

  ClassName formatter() {
    return generic("SyslogFormatter");
  }

  ClassName framer() {
    return generic("SyslogFramer");
  }

  ClassName fields() {
    return generic("SyslogFields");
  }

  ClassName fieldFailure() {
    return fields().nestedClass("Failure");
  }

  ClassName problemKind() {
    return names.problem().nestedClass("Kind");
  }

  ClassName frameSink() {
    return generic("SyslogFrameSink");
  }

  ClassName udpServer() {
    return generic("SyslogUdpServer");
  }

  ClassName tcpServer() {
    return generic("SyslogTcpServer");
  }

  ClassName threads() {
    return generic("SyslogThreads");
  }

  ClassName dispatcher() {
    return specific("SyslogDispatcher");
  }

  ClassName decoder() {
    return specific("SyslogDecoder");
  }

  ClassName eventFormatter() {
    return specific("SyslogFormatter");
  }

  ClassName receiver() {
    return specific("SyslogReceiver");
  }

  private ClassName generic(String simpleName) {
    return ClassName.get(pkg, simpleName);
  }

  private ClassName specific(String suffix) {
    return ClassName.get(pkg, names.apiName() + suffix);
  }
}
