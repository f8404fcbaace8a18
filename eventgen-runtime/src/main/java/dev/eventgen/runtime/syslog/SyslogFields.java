package dev.eventgen.runtime.syslog;

import dev.eventgen.runtime.Checks;
import dev.eventgen.runtime.JsonProblems;
import dev.eventgen.runtime.Problem;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The SD params of one message as typed fields, for generated decoders: each {@code readX} method
 * of a decoder reads a record's components from here by name and conversion, and a value that
 * cannot be read becomes a {@link SyslogFieldException} naming the field and its byte offset.
 *
 * <p>Names are flattened paths: {@code source.hostname} for nested objects, a repeated name for
 * each item of a list of values, {@code targets.0.deviceId} for lists of objects and {@code
 * parameters.key} for maps.
 */
public final class SyslogFields {
  private final List<SyslogSdParam> params;

  /**
   * The first param of each name, by name hash: its index + 1, 0 for a free slot. Open addressing
   * keeps the index to one small array, and the hash of a nested name is combined from its parts,
   * never built.
   */
  private final int[] slots;

  /**
   * Indexes the params by name; the first of a repeated name is the one {@link #value} reads.
   *
   * @param params the params of the message's SD element, or its Cisco params
   */
  public SyslogFields(List<SyslogSdParam> params) {
    this.params = params;
    this.slots = new int[Integer.highestOneBit(params.size() * 2 + 1) * 2];
    for (int i = 0; i < params.size(); i++) {
      String name = params.get(i).name();
      int slot = slot(name.hashCode());
      while (slots[slot] != 0 && !params.get(slots[slot] - 1).name().equals(name)) {
        slot = (slot + 1) & (slots.length - 1);
      }
      if (slots[slot] == 0) {
        slots[slot] = i + 1;
      }
    }
  }

  /**
   * The params that carry an event's fields: the Cisco {@code [k=v]} params if the message has a
   * Cisco part, else those of the first SD element {@code sdId}, else none.
   */
  public static List<SyslogSdParam> params(SyslogMessage message, String sdId) {
    if (message.cisco() != null) {
      return message.cisco().params();
    }
    SyslogSdElement element = message.sdElement(sdId);
    return element == null ? List.of() : element.params();
  }

  /**
   * {@code prefix + name}; at the top level the constant {@code name} itself, whose hash is
   * computed once.
   */
  public static String path(String prefix, String name) {
    return prefix.isEmpty() ? name : prefix + name;
  }

  /** True if any param name starts with {@code prefix}. */
  public boolean has(String prefix) {
    for (var param : params) {
      if (param.name().startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** True if the param is called {@code prefix + name}; no string is built. */
  private static boolean named(SyslogSdParam param, String prefix, String name) {
    String full = param.name();
    // A known name read from a line is the very constant asked for: equals ends at once.
    return prefix.isEmpty()
        ? full.equals(name)
        : full.length() == prefix.length() + name.length()
            && full.startsWith(prefix)
            && full.startsWith(name, prefix.length());
  }

  /**
   * The first param called {@code prefix + name}, or null. {@code String.hashCode} of a
   * concatenation is {@code hash(prefix) * 31^length(name) + hash(name)}.
   */
  private SyslogSdParam first(String prefix, String name) {
    int hash = name.hashCode();
    if (!prefix.isEmpty()) {
      int scale = 1;
      for (int i = 0; i < name.length(); i++) {
        scale *= 31;
      }
      hash += prefix.hashCode() * scale;
    }
    for (int slot = slot(hash); slots[slot] != 0; slot = (slot + 1) & (slots.length - 1)) {
      SyslogSdParam param = params.get(slots[slot] - 1);
      if (named(param, prefix, name)) {
        return param;
      }
    }
    return null;
  }

  private int slot(int hash) {
    return SyslogNames.spread(hash) & (slots.length - 1);
  }

  /** The first value of {@code prefix + name}, converted, or null if absent. */
  public <T> T value(String prefix, String name, Function<String, T> conversion) {
    SyslogSdParam param = first(prefix, name);
    return param == null ? null : convert(param, conversion, Problem.Kind.WRONG_TYPE);
  }

  /** The first value of {@code prefix + name} as an enum constant, or null. */
  public <T> T enumValue(String prefix, String name, Function<String, T> conversion) {
    SyslogSdParam param = first(prefix, name);
    return param == null ? null : convert(param, conversion, Problem.Kind.UNKNOWN_ENUM_VALUE);
  }

  /** Every value of {@code prefix + name} in wire order, converted; null if none. */
  public <T> List<T> values(String prefix, String name, Function<String, T> conversion) {
    List<T> values = new ArrayList<>();
    for (var param : params) {
      if (named(param, prefix, name)) {
        values.add(convert(param, conversion, Problem.Kind.WRONG_TYPE));
      }
    }
    return values.isEmpty() ? null : values;
  }

  /** The params named {@code prefix + name + '.' + key}, by key; null if none. */
  public <T> Map<String, T> map(String prefix, String name, Function<String, T> conversion) {
    String path = prefix + name + '.';
    Map<String, T> map = new LinkedHashMap<>();
    for (var param : params) {
      if (param.name().startsWith(path)) {
        map.put(
            param.name().substring(path.length()),
            convert(param, conversion, Problem.Kind.WRONG_TYPE));
      }
    }
    return map.isEmpty() ? null : map;
  }

  /**
   * How many items a list of objects has: one more than the highest index {@code i} in names {@code
   * path.i.*}; an index beyond the number of params is invalid.
   */
  public int count(String path) {
    String prefix = path + '.';
    int count = 0;
    for (var param : params) {
      if (!param.name().startsWith(prefix)) {
        continue;
      }
      int dot = param.name().indexOf('.', prefix.length());
      String index = param.name().substring(prefix.length(), dot < 0 ? param.name().length() : dot);
      int i = convert(param, text -> Integer.valueOf(index), Problem.Kind.WRONG_TYPE);
      if (i < 0 || i >= params.size()) {
        throw new SyslogFieldException(
            Problem.Kind.WRONG_TYPE,
            "list index " + index + " out of range in " + param.name(),
            param.name(),
            param.valueOffset());
      }
      count = Math.max(count, i + 1);
    }
    return count;
  }

  /** {@code value}, unless it is null: then the field is missing. */
  public <T> T required(String prefix, String name, T value) {
    if (value == null) {
      String path = prefix + name;
      throw new SyslogFieldException(
          Problem.Kind.MISSING_FIELD, "required field '" + path + "' is missing", path, -1);
    }
    return value;
  }

  /** The first value of {@code prefix + name}, converted; a missing field if absent. */
  public <T> T requiredValue(String prefix, String name, Function<String, T> conversion) {
    return required(prefix, name, value(prefix, name, conversion));
  }

  /** The first value of {@code prefix + name} as an enum constant; a missing field if absent. */
  public <T> T requiredEnum(String prefix, String name, Function<String, T> conversion) {
    return required(prefix, name, enumValue(prefix, name, conversion));
  }

  /**
   * The nested object {@code prefix + name}, read by {@code reader} from the params named {@code
   * prefix + name + '.' + ...}; null if there are none.
   *
   * @param reader reads the object from the fields under the prefix it is given
   */
  public <T> T object(String prefix, String name, BiFunction<SyslogFields, String, T> reader) {
    String path = prefix + name + '.';
    return has(path) ? reader.apply(this, path) : null;
  }

  /** The nested object {@code prefix + name}; a missing field if it has no params. */
  public <T> T requiredObject(
      String prefix, String name, BiFunction<SyslogFields, String, T> reader) {
    return required(prefix, name, object(prefix, name, reader));
  }

  /**
   * The list of objects {@code prefix + name}: item {@code i} read by {@code reader} from the
   * params named {@code prefix + name + '.' + i + '.' + ...}; null if there are none.
   */
  public <T> List<T> objects(
      String prefix, String name, BiFunction<SyslogFields, String, T> reader) {
    String path = prefix + name;
    int count = count(path);
    if (count == 0) {
      return null;
    }
    List<T> items = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      items.add(reader.apply(this, path + '.' + i + '.'));
    }
    return items;
  }

  /**
   * Builds a record; a value its constructor rejects (pattern, length, range, const) becomes a
   * problem of the component's field under {@code path}, of the rule's kind.
   */
  public <T> T construct(String path, Supplier<T> constructor) {
    return construct(path, null, constructor);
  }

  /**
   * Builds a record of {@code type}, whose {@code @JsonProperty} names give the fields of its
   * components; see {@link #construct(String, Supplier)}.
   */
  public <T> T construct(String path, Class<T> type, Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (Checks.Violation e) {
      String field = path + JsonProblems.wireName(type, e.component());
      String inner = e.pointer().isEmpty() ? "" : e.pointer().substring(1).replace('/', '.');
      throw new SyslogFieldException(
          e.kind(), e.getMessage(), inner.isEmpty() ? field : field + '.' + inner, -1);
    } catch (NullPointerException e) {
      String message = String.valueOf(e.getMessage());
      String field = null;
      if (message.endsWith(" is required")) {
        String qualified = message.substring(0, message.length() - " is required".length());
        field = path + JsonProblems.wireName(type, qualified.substring(qualified.indexOf('.') + 1));
      }
      throw new SyslogFieldException(Problem.Kind.MISSING_FIELD, message, field, -1);
    } catch (IllegalArgumentException e) {
      throw new SyslogFieldException(
          Problem.Kind.INVALID_FORMAT, e.getMessage(), path.isEmpty() ? null : path, -1);
    }
  }

  private static <T> T convert(
      SyslogSdParam param, Function<String, T> conversion, Problem.Kind kind) {
    try {
      return conversion.apply(param.value());
    } catch (RuntimeException e) {
      // Every JDK parse method and enum fromValue reports bad text this way.
      throw new SyslogFieldException(
          kind,
          "field '" + param.name() + "': cannot read '" + param.value() + "': " + e.getMessage(),
          param.name(),
          param.valueOffset());
    }
  }

  /** Exactly {@code true} or {@code false}, unlike {@code Boolean.valueOf}. */
  public static Boolean bool(String text) {
    if (!text.equals("true") && !text.equals("false")) {
      throw new IllegalArgumentException("not a boolean");
    }
    return Boolean.valueOf(text);
  }

  /**
   * An ISO 8601 date-time with offset. The RFC 5424 form takes the syslog parser's fast path; other
   * forms (such as no seconds) go to {@code OffsetDateTime.parse}.
   */
  public static OffsetDateTime dateTime(String text) {
    OffsetDateTime fast = Rfc5424Parser.timestamp(text);
    return fast != null ? fast : OffsetDateTime.parse(text);
  }
}
