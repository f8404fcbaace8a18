package dev.eventgen.emit.syslog;

import dev.eventgen.Generator;
import dev.eventgen.Target;
import dev.eventgen.emit.JavaNames;
import dev.eventgen.model.Api;
import dev.eventgen.model.ObjectType;
import dev.eventgen.model.TypeRef;
import dev.eventgen.runtime.syslog.SyslogNames;
import dev.eventgen.runtime.syslog.SyslogParser;
import dev.eventgen.testing.CompiledSources;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;

/**
 * The records, listener and syslog targets of {@link SyslogModel}, compiled once per test JVM with
 * {@code -Xlint:all -Werror} and loaded.
 */
final class GeneratedCvpSyslog {

  static final String BASE = "com.acme.cvp";

  private static GeneratedCvpSyslog instance;

  final CompiledSources compiled;

  private GeneratedCvpSyslog(CompiledSources compiled) {
    this.compiled = compiled;
  }

  static synchronized GeneratedCvpSyslog get() {
    if (instance == null) {
      instance =
          new GeneratedCvpSyslog(
              CompiledSources.compile(
                  Path.of("target", "generated-cvp-syslog-test"),
                  Generator.emit(SyslogModel.api(), Set.of(Target.SYSLOG), BASE, "Cvp")));
    }
    return instance;
  }

  Class<?> syslog(String simpleName) {
    return compiled.load(BASE + ".syslog." + simpleName);
  }

  /** A runtime parser that knows the decoder's SD names, as the generated receiver makes it. */
  SyslogParser parser() {
    try {
      SyslogNames names = (SyslogNames) syslog("CvpSyslogDecoder").getField("SD_NAMES").get(null);
      return new SyslogParser(Clock.systemDefaultZone(), SyslogParser.DEFAULT_MAX_LENGTH, names);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  Class<?> model(String simpleName) {
    return compiled.load(BASE + ".model." + simpleName);
  }

  /** A random valid record of the named payload type; the same seed gives the same record. */
  Object randomEvent(String typeName, long seed) throws ReflectiveOperationException {
    Api api = SyslogModel.api();
    ObjectType type = (ObjectType) api.resolve(new TypeRef(typeName));
    return new ModelEvents(new JavaNames(api, BASE, "Cvp"), compiled, seed).record(type);
  }

  /** Invokes the static method of a generated class that has the given name and arity. */
  static Object invokeStatic(Class<?> type, String name, Object... args) throws Exception {
    for (Method method : type.getMethods()) {
      if (method.getName().equals(name) && accepts(method, args)) {
        return method.invoke(null, args);
      }
    }
    throw new NoSuchMethodException(type.getName() + "." + name);
  }

  private static boolean accepts(Method method, Object[] args) {
    Class<?>[] types = method.getParameterTypes();
    if (types.length != args.length) {
      return false;
    }
    for (int i = 0; i < types.length; i++) {
      Class<?> type = types[i] == int.class ? Integer.class : types[i];
      if (args[i] != null && !type.isInstance(args[i])) {
        return false;
      }
    }
    return true;
  }

  /** Invokes the public method of a generated object that has the given name and arity. */
  static Object invoke(Object target, String name, Object... args) throws Exception {
    for (Method method : target.getClass().getMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == args.length) {
        return method.invoke(target, args);
      }
    }
    throw new NoSuchMethodException(target.getClass().getName() + "." + name);
  }
}
