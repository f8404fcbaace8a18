package dev.eventgen.runtime.syslog;

import dev.eventgen.runtime.Checks;
import dev.eventgen.runtime.JsonPointers;
import dev.eventgen.runtime.JsonProblems;
import dev.eventgen.runtime.Problem;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
   * The first param of each nested-object prefix ({@code a.}, {@code a.b.}: a name up to and with
   * one of its dots), by the prefix's hash, as in {@link #slots}: whether an object is present is
   * one probe instead of a pass over every name and a concatenation.
   */
  private final int[] prefixSlots;

  /**
   * Indexes the params by name; the first of a repeated name is the one {@link #value} reads.
   *
   * @param params the params of the message's SD element, or its Cisco params
   */
  public SyslogFields(List<SyslogSdParam> params) {
    this.params = params;
    int size = params.size();
    this.slots = new int[Integer.highestOneBit(size * 2 + 1) * 2];
    int[] prefixes = null;
    for (int i = 0; i < size; i++) {
      String name = params.get(i).name();
      int slot = slot(name.hashCode());
      while (slots[slot] != 0 && !params.get(slots[slot] - 1).name().equals(name)) {
        slot = (slot + 1) & (slots.length - 1);
      }
      if (slots[slot] == 0) {
        slots[slot] = i + 1;
      }
      int hash = 0;
      for (int c = 0; c < name.length(); c++) {
        char ch = name.charAt(c);
        hash = 31 * hash + ch;
        if (ch == '.') {
          if (prefixes == null) {
            // Each name has fewer dots than characters; a name without dots adds none.
            prefixes = new int[Integer.highestOneBit(size * 4 + 1) * 4];
          }
          addPrefix(prefixes, hash, i, c + 1);
        }
      }
    }
    this.prefixSlots = prefixes;
  }

  /** Records param {@code index} as the first with its first {@code length} characters. */
  private void addPrefix(int[] prefixes, int hash, int index, int length) {
    String name = params.get(index).name();
    int mask = prefixes.length - 1;
    for (int slot = slot(hash, mask); ; slot = (slot + 1) & mask) {
      if (prefixes[slot] == 0) {
        prefixes[slot] = index + 1;
        return;
      }
      if (params.get(prefixes[slot] - 1).name().regionMatches(0, name, 0, length)) {
        return;
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
    if (!prefix.endsWith(".")) {
      for (var param : params) {
        if (param.name().startsWith(prefix)) {
          return true;
        }
      }
      return false;
    }
    return hasObject(prefix, "", prefix.hashCode());
  }

  /**
   * True if a param name starts with {@code prefix + name + '.'}, whose hash is {@code hash}; no
   * string is built.
   */
  private boolean hasObject(String prefix, String name, int hash) {
    if (prefixSlots == null) {
      return false;
    }
    int mask = prefixSlots.length - 1;
    int length = prefix.length() + name.length();
    for (int slot = slot(hash, mask); prefixSlots[slot] != 0; slot = (slot + 1) & mask) {
      String full = params.get(prefixSlots[slot] - 1).name();
      boolean named = name.isEmpty() || full.length() > length && full.charAt(length) == '.';
      if (named && full.startsWith(prefix) && full.startsWith(name, prefix.length())) {
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
    int hash = hash(prefix, name);
    for (int slot = slot(hash); slots[slot] != 0; slot = (slot + 1) & (slots.length - 1)) {
      SyslogSdParam param = params.get(slots[slot] - 1);
      if (named(param, prefix, name)) {
        return param;
      }
    }
    return null;
  }

  /** {@code (prefix + name).hashCode()}, without building the string. */
  private static int hash(String prefix, String name) {
    int hash = name.hashCode();
    if (!prefix.isEmpty()) {
      int scale = 1;
      for (int i = 0; i < name.length(); i++) {
        scale *= 31;
      }
      hash += prefix.hashCode() * scale;
    }
    return hash;
  }

  private int slot(int hash) {
    return slot(hash, slots.length - 1);
  }

  private static int slot(int hash, int mask) {
    return SyslogNames.spread(hash) & mask;
  }

  /**
   * The problem of a message whose discriminating param holds another message's value: the line
   * names the API message by its MSGID or mnemonic, but the param names none of its kind, so it is
   * an unknown message, not a malformed one. Null if the param is absent (a missing field) or holds
   * {@code expected}.
   *
   * @param name the discriminating param ({@code eventType})
   * @param expected the value of the message the line names ({@code call.ended})
   */
  public Problem otherMessage(String name, String expected) {
    SyslogSdParam param = first("", name);
    if (param == null || param.value().equals(expected)) {
      return null;
    }
    return new Problem(
        Problem.Kind.UNKNOWN_MESSAGE,
        name + " '" + param.value() + "' is not '" + expected + "', which the line's name means",
        JsonPointers.ofDotted(name),
        param.valueOffset());
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
    if (!hasObject(prefix, name, hash(prefix, name) * 31 + '.')) {
      return null;
    }
    return reader.apply(this, prefix + name + '.');
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
    return build(path, type, constructor);
  }

  /**
   * The body of {@link #construct(String, Class, Supplier)}, shared with {@link SyslogSdFields}.
   */
  static <T> T build(String path, Class<T> type, Supplier<T> constructor) {
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
   * An ISO 8601 date-time with offset. The common form {@code yyyy-mm-ddThh:mm:ss[.f{1,9}](Z|+hh:mm
   * |-hh:mm)} is read from the characters directly; any other form (such as no seconds), and any
   * value out of range, goes to {@code OffsetDateTime.parse}, which reads or refuses it.
   */
  public static OffsetDateTime dateTime(String text) {
    OffsetDateTime fast = commonDateTime(text);
    return fast != null ? fast : OffsetDateTime.parse(text);
  }

  /** The common form of {@link #dateTime}, or null if the text is not in it. */
  private static OffsetDateTime commonDateTime(String text) {
    int length = text.length();
    if (length < 20
        || text.charAt(4) != '-'
        || text.charAt(7) != '-'
        || text.charAt(10) != 'T'
        || text.charAt(13) != ':'
        || text.charAt(16) != ':') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    if ((year | month | day | hour | minute | second) < 0) {
      return null;
    }
    int p = 19;
    int nanos = 0;
    if (text.charAt(p) == '.') {
      int from = ++p;
      while (p < length && p - from < 10 && text.charAt(p) >= '0' && text.charAt(p) <= '9') {
        nanos = nanos * 10 + text.charAt(p++) - '0';
      }
      int count = p - from;
      if (count == 0 || count > 9) {
        return null;
      }
      for (; count < 9; count++) {
        nanos *= 10;
      }
    }
    ZoneOffset offset = offset(text, p);
    if (offset == null) {
      return null;
    }
    try {
      return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, offset);
    } catch (DateTimeException e) {
      return null; // out of range: OffsetDateTime.parse says which field
    }
  }

  /** {@code Z} or {@code +hh:mm}/{@code -hh:mm} ending the text at {@code p}, or null. */
  private static ZoneOffset offset(String text, int p) {
    int left = text.length() - p;
    if (left == 1 && text.charAt(p) == 'Z') {
      return ZoneOffset.UTC;
    }
    char sign = left == 6 ? text.charAt(p) : 0;
    if (sign != '+' && sign != '-' || text.charAt(p + 3) != ':') {
      return null;
    }
    int hours = digits(text, p + 1, 2);
    int minutes = digits(text, p + 4, 2);
    if (hours < 0 || minutes < 0 || hours > 18 || minutes > 59) {
      return null;
    }
    try {
      return sign == '+'
          ? ZoneOffset.ofHoursMinutes(hours, minutes)
          : ZoneOffset.ofHoursMinutes(-hours, -minutes);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The {@code count} decimal digits at {@code from}, or -1 if one is not a digit. */
  private static int digits(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + c - '0';
    }
    return value;
  }
}
