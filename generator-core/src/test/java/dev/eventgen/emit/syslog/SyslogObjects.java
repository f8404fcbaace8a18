package dev.eventgen.emit.syslog;

import static dev.eventgen.emit.syslog.GeneratedSyslog.call;

import java.lang.reflect.Constructor;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds and reads generated syslog records reflectively, for tests that cannot name them. */
final class SyslogObjects {

  private final Constructor<?> message;
  private final Constructor<?> element;
  private final Constructor<?> param;
  private final Object rfc5424;
  private final java.lang.reflect.Method format;

  SyslogObjects(GeneratedSyslog syslog) {
    try {
      Class<?> formatEnum = syslog.compiled.load(GeneratedSyslog.PACKAGE + ".SyslogFormat");
      Class<?> messageClass = syslog.compiled.load(GeneratedSyslog.PACKAGE + ".SyslogMessage");
      Class<?> elementClass = syslog.compiled.load(GeneratedSyslog.PACKAGE + ".SyslogSdElement");
      Class<?> paramClass = syslog.compiled.load(GeneratedSyslog.PACKAGE + ".SyslogSdParam");
      Class<?> cisco = syslog.compiled.load(GeneratedSyslog.PACKAGE + ".SyslogCisco");
      this.rfc5424 = formatEnum.getField("RFC5424").get(null);
      this.message = messageClass.getConstructor(formatEnum, int.class, int.class, int.class,
          OffsetDateTime.class, String.class, String.class, String.class, String.class,
          List.class, String.class, cisco);
      this.element = elementClass.getConstructor(String.class, List.class);
      this.param = paramClass.getConstructor(String.class, String.class);
      this.format = syslog.compiled.load(GeneratedSyslog.PACKAGE + ".SyslogFormatter")
          .getMethod("format", messageClass);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** An RFC 5424 message. */
  Object message(int pri, OffsetDateTime time, String host, String app, String procId,
      String msgId, List<Object> sd, String msg) {
    return construct(message, rfc5424, pri >> 3, pri & 7, 1, time, host, app, procId, msgId, sd,
        msg, null);
  }

  /** An SD element from alternating param names and values. */
  Object element(String id, String... namesAndValues) {
    List<Object> params = new ArrayList<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      params.add(construct(param, namesAndValues[i], namesAndValues[i + 1]));
    }
    return construct(element, id, params);
  }

  /** The generic formatter's line; its own exceptions arrive wrapped. */
  String format(Object syslogMessage) throws ReflectiveOperationException {
    return (String) format.invoke(null, syslogMessage);
  }

  /**
   * The header fields, SD names and values (not their offsets) and MSG of a message, to compare
   * two messages read from different bytes. Optionally without the format, which a formatted
   * RFC 3164 or CiscoLog line changes.
   */
  static List<Object> fields(Object message, boolean ignoreFormat) {
    List<Object> fields = new ArrayList<>();
    for (String accessor : Arrays.asList("format", "facility", "severity", "timestamp",
        "hostname", "appName", "procId", "msgId", "msg")) {
      if (!(ignoreFormat && accessor.equals("format"))) {
        fields.add(accessor + "=" + call(message, accessor));
      }
    }
    for (Object sdElement : (List<?>) call(message, "structuredData")) {
      fields.add("[" + call(sdElement, "id"));
      for (Object sdParam : (List<?>) call(sdElement, "params")) {
        fields.add(call(sdParam, "name") + "=" + call(sdParam, "value"));
      }
    }
    return fields;
  }

  private static Object construct(Constructor<?> constructor, Object... args) {
    try {
      return constructor.newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
