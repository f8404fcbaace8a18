package dev.eventgen.emit.syslog;

import dev.eventgen.emit.JavaNames;
import dev.eventgen.model.Api;
import dev.eventgen.testing.CompiledSources;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The generic syslog sources, generated for a spec without messages, compiled once per test JVM
 * with {@code -Xlint:all -Werror}, and driven through method handles.
 */
final class GeneratedSyslog {

  // Inside the test package tree, so a fuzzing run instruments the generated classes too.
  static final String BASE_PACKAGE = "dev.eventgen.emit.syslog.generated";

  static final String PACKAGE = BASE_PACKAGE + ".syslog";

  private static GeneratedSyslog instance;

  final CompiledSources compiled;
  final Class<?> parseException;
  private final Class<?> parserClass;
  private final MethodHandle parseBytes;

  private GeneratedSyslog(CompiledSources compiled) throws ReflectiveOperationException {
    this.compiled = compiled;
    this.parserClass = compiled.load(PACKAGE + ".SyslogParser");
    this.parseException = compiled.load(PACKAGE + ".SyslogParseException");
    Class<?> message = compiled.load(PACKAGE + ".SyslogMessage");
    this.parseBytes =
        MethodHandles.publicLookup()
            .findVirtual(parserClass, "parse", MethodType.methodType(message, byte[].class));
  }

  static synchronized GeneratedSyslog get() {
    if (instance == null) {
      Api api =
          new Api(
              "3.0.0", "Test Events", "1.0.0", null, "0", List.of(), List.of(), List.of(),
              List.of(), List.of());
      JavaNames names = new JavaNames(api, BASE_PACKAGE, "Test");
      try {
        instance =
            new GeneratedSyslog(
                CompiledSources.compile(
                    Path.of("target", "generated-syslog-test"),
                    new SyslogEmitter().emit(api, names)));
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }
    return instance;
  }

  /** A parser on the given clock, with the given maximum line length. */
  Object parser(Clock clock, int maxLength) {
    try {
      return parserClass.getConstructor(Clock.class, int.class).newInstance(clock, maxLength);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** Parses; returns the message or throws what the parser threw. */
  Object parse(Object parser, byte[] line) throws Throwable {
    return parseBytes.invoke(parser, line);
  }

  /** Calls a public no-argument method (a record accessor) of a generated object. */
  static Object call(Object target, String method) {
    try {
      return target.getClass().getMethod(method).invoke(target);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(method + " on " + target, e);
    }
  }

  /** Calls a public method taking one string argument. */
  static Object call(Object target, String method, String argument) {
    try {
      return target.getClass().getMethod(method, String.class).invoke(target, argument);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(method + " on " + target, e);
    }
  }
}
