package dev.eventgen.emit.testkit;

import com.palantir.javapoet.ClassName;
import dev.eventgen.emit.JavaNames;

/** The classes the test kit is made of and calls. */
final class TestkitNames {

  static final String RUNTIME = "dev.eventgen.runtime.testkit";

  private final JavaNames names;

  TestkitNames(JavaNames names) {
    this.names = names;
  }

  JavaNames names() {
    return names;
  }

  String testkitPackage() {
    return names.basePackage() + ".testkit";
  }

  ClassName samples() {
    return ClassName.get(testkitPackage(), names.apiName() + "Samples");
  }

  ClassName testKit() {
    return ClassName.get(testkitPackage(), names.apiName() + "TestKit");
  }

  ClassName jmsDispatcher() {
    return ClassName.get(names.jmsPackage(), names.apiName() + "JmsDispatcher");
  }

  ClassName syslogDispatcher() {
    return ClassName.get(names.syslogPackage(), names.apiName() + "SyslogDispatcher");
  }

  ClassName syslogDecoder() {
    return ClassName.get(names.syslogPackage(), names.apiName() + "SyslogDecoder");
  }

  ClassName syslogReceiver() {
    return ClassName.get(names.syslogPackage(), names.apiName() + "SyslogReceiver");
  }

  static ClassName runtime(String simpleName) {
    return ClassName.get(RUNTIME, simpleName);
  }
}
