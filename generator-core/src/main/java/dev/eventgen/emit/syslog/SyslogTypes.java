package dev.eventgen.emit.syslog;

import com.palantir.javapoet.ClassName;
import dev.eventgen.emit.JavaNames;

/**
 * Names of the types generated syslog code uses: the runtime's, which are the same for every spec
 * ({@code dev.eventgen.runtime.syslog}), and the API's own, prefixed with the API name.
 */
final class SyslogTypes {

  /** The runtime package of the generic syslog types. */
  static final String RUNTIME = "dev.eventgen.runtime.syslog";

  private final JavaNames names;
  private final String pkg;

  SyslogTypes(JavaNames names) {
    this.names = names;
    this.pkg = names.syslogPackage();
  }

  JavaNames names() {
    return names;
  }

  ClassName message() {
    return runtime("SyslogMessage");
  }

  ClassName format() {
    return runtime("SyslogFormat");
  }

  ClassName sdElement() {
    return runtime("SyslogSdElement");
  }

  ClassName sdNames() {
    return runtime("SyslogNames");
  }

  ClassName parser() {
    return runtime("SyslogParser");
  }

  ClassName parseException() {
    return runtime("SyslogParseException");
  }

  ClassName formatter() {
    return runtime("SyslogFormatter");
  }

  ClassName fields() {
    return runtime("SyslogFields");
  }

  ClassName sdLine() {
    return runtime("SyslogSdLine");
  }

  ClassName sdFields() {
    return runtime("SyslogSdFields");
  }

  ClassName enumValues() {
    return runtime("SyslogEnumValues");
  }

  ClassName fieldException() {
    return runtime("SyslogFieldException");
  }

  ClassName params() {
    return runtime("SyslogParams");
  }

  ClassName headers() {
    return runtime("SyslogHeaders");
  }

  ClassName rejection() {
    return runtime("SyslogRejection");
  }

  ClassName runtimeReceiver() {
    return runtime("SyslogReceiver");
  }

  ClassName outcome() {
    return runtimeReceiver().nestedClass("Outcome");
  }

  ClassName problemKind() {
    return names.problem().nestedClass("Kind");
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

  private static ClassName runtime(String simpleName) {
    return ClassName.get(RUNTIME, simpleName);
  }

  private ClassName specific(String suffix) {
    return ClassName.get(pkg, names.apiName() + suffix);
  }
}
