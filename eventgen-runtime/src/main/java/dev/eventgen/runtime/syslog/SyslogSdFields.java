package dev.eventgen.runtime.syslog;

import dev.eventgen.runtime.JsonPointers;
import dev.eventgen.runtime.Problem;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The params of a {@link SyslogSdLine} as typed fields, read by the id of their name that a
 * generated decoder looks up once ({@link SyslogNames#id}). UUIDs, integers, date-times and enum
 * constants are read from the bytes ({@link SyslogValues}); a value in a less common form, or with
 * escapes, is read as text by the same JDK conversion {@link SyslogFields} uses, so both read the
 * same values and refuse the same ones, with the same problems.
 *
 * <p>Each method takes the param's flattened name for its problems only. Meant for lines whose
 * every param name is in the table ({@link SyslogSdLine#hasUnknownNames()} false); others are read
 * by {@link SyslogFields} over {@link SyslogSdLine#params()}.
 */
public final class SyslogSdFields {
  private final SyslogSdLine line;

  SyslogSdFields(SyslogSdLine line) {
    this.line = line;
  }

  /** The value of {@code id} as text, or null if absent. */
  public String string(int id) {
    int at = line.at(id);
    return at < 0 ? null : line.text(at);
  }

  /** The value of {@code id} as a UUID, or null if absent. */
  public UUID uuid(int id, String name) {
    int at = line.at(id);
    if (at < 0) {
      return null;
    }
    UUID fast =
        line.escaped(at)
            ? null
            : SyslogValues.uuid(line.buf(), line.valueFrom(at), line.valueTo(at));
    return fast != null ? fast : convert(at, name, UUID::fromString, Problem.Kind.WRONG_TYPE);
  }

  /** The value of {@code id} as an {@code int}, or null if absent. */
  public Integer intValue(int id, String name) {
    int at = line.at(id);
    if (at < 0) {
      return null;
    }
    Integer fast =
        line.escaped(at)
            ? null
            : SyslogValues.intValue(line.buf(), line.valueFrom(at), line.valueTo(at));
    return fast != null ? fast : convert(at, name, Integer::valueOf, Problem.Kind.WRONG_TYPE);
  }

  /** The value of {@code id} as a {@code long}, or null if absent. */
  public Long longValue(int id, String name) {
    int at = line.at(id);
    if (at < 0) {
      return null;
    }
    Long fast =
        line.escaped(at)
            ? null
            : SyslogValues.longValue(line.buf(), line.valueFrom(at), line.valueTo(at));
    return fast != null ? fast : convert(at, name, Long::valueOf, Problem.Kind.WRONG_TYPE);
  }

  /**
   * The value of {@code id} as a date-time with offset ({@link SyslogFields#dateTime}), or null.
   */
  public OffsetDateTime dateTime(int id, String name) {
    int at = line.at(id);
    if (at < 0) {
      return null;
    }
    OffsetDateTime fast =
        line.escaped(at)
            ? null
            : SyslogValues.offsetDateTime(line.buf(), line.valueFrom(at), line.valueTo(at));
    return fast != null ? fast : convert(at, name, SyslogFields::dateTime, Problem.Kind.WRONG_TYPE);
  }

  /** The value of {@code id} converted from its text, or null if absent. */
  public <T> T value(int id, String name, Function<String, T> conversion) {
    int at = line.at(id);
    return at < 0 ? null : convert(at, name, conversion, Problem.Kind.WRONG_TYPE);
  }

  /**
   * The value of {@code id} as an enum constant, or null if absent: matched against the wire values
   * byte by byte, else converted from its text (which may read another spelling of a number or
   * refuse the value).
   */
  public <T> T enumValue(
      int id, String name, SyslogEnumValues<T> values, Function<String, T> conversion) {
    int at = line.at(id);
    if (at < 0) {
      return null;
    }
    T fast =
        line.escaped(at) ? null : values.find(line.buf(), line.valueFrom(at), line.valueTo(at));
    return fast != null ? fast : convert(at, name, conversion, Problem.Kind.UNKNOWN_ENUM_VALUE);
  }

  /** Every value of {@code id} in wire order, converted from its text; null if none. */
  public <T> List<T> values(int id, String name, Function<String, T> conversion) {
    if (line.at(id) < 0) {
      return null;
    }
    List<T> values = new ArrayList<>();
    for (int i = line.at(id); i < line.count(); i++) {
      if (line.id(i) == id) {
        values.add(convert(i, name, conversion, Problem.Kind.WRONG_TYPE));
      }
    }
    return values;
  }

  /** True if any of the ids has a param: an object whose fields have those names is present. */
  public boolean any(int[] ids) {
    for (int id : ids) {
      if (line.at(id) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** {@code value}, unless it is null: then the field {@code path} is missing. */
  public <T> T required(String path, T value) {
    if (value == null) {
      throw new SyslogFieldException(
          Problem.Kind.MISSING_FIELD, "required field '" + path + "' is missing", path, -1);
    }
    return value;
  }

  /**
   * As {@link SyslogFields#construct(String, Class, Supplier)}: a value the record refuses is a
   * problem of its field under {@code path}.
   */
  public <T> T construct(String path, Class<T> type, Supplier<T> constructor) {
    return SyslogFields.build(path, type, constructor);
  }

  /** As {@link SyslogFields#otherMessage}, for the discriminating param {@code id}. */
  public Problem otherMessage(int id, String name, String expected) {
    int at = line.at(id);
    if (at < 0
        || !line.escaped(at)
            && SyslogValues.equalsAscii(
                line.buf(), line.valueFrom(at), line.valueTo(at), expected)) {
      return null;
    }
    String value = line.text(at);
    if (value.equals(expected)) {
      return null;
    }
    return new Problem(
        Problem.Kind.UNKNOWN_MESSAGE,
        name + " '" + value + "' is not '" + expected + "', which the line's name means",
        JsonPointers.ofDotted(name),
        line.valueOffset(at));
  }

  private <T> T convert(int at, String name, Function<String, T> conversion, Problem.Kind kind) {
    String text = line.text(at);
    try {
      return conversion.apply(text);
    } catch (RuntimeException e) {
      throw new SyslogFieldException(
          kind,
          "field '" + name + "': cannot read '" + text + "': " + e.getMessage(),
          name,
          line.valueOffset(at));
    }
  }
}
