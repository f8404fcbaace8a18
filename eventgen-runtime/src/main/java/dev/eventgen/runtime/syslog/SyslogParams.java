package dev.eventgen.runtime.syslog;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Collects the SD params of one event, for generated formatters, the inverse of {@link
 * SyslogFields}: one param per non-null scalar, a repeated param per list item, {@code name.key}
 * per map entry. Absent (null) values are left out, so they read back as absent.
 */
public final class SyslogParams {
  private final List<SyslogSdParam> params = new ArrayList<>();

  /**
   * Adds {@code name} with the text of {@code value}, unless the value is null.
   *
   * @return this
   */
  public SyslogParams add(String name, Object value) {
    if (value != null) {
      params.add(new SyslogSdParam(name, String.valueOf(value)));
    }
    return this;
  }

  /**
   * Adds {@code name} with the text of {@code text.apply(value)} (an enum's wire value, say),
   * unless the value is null.
   *
   * @return this
   */
  public <T> SyslogParams add(String name, T value, Function<? super T, ?> text) {
    return value == null ? this : add(name, text.apply(value));
  }

  /**
   * Adds {@code name} once per item of {@code values}, in order, unless the list is null.
   *
   * @return this
   */
  public <T> SyslogParams addAll(String name, List<T> values, Function<? super T, ?> text) {
    if (values != null) {
      for (T value : values) {
        params.add(new SyslogSdParam(name, String.valueOf(text.apply(value))));
      }
    }
    return this;
  }

  /**
   * Adds {@code name + '.' + key} per entry of {@code values}, unless the map is null.
   *
   * @return this
   */
  public <T> SyslogParams addMap(String name, Map<String, T> values, Function<? super T, ?> text) {
    if (values != null) {
      values.forEach((key, value) -> add(name + '.' + key, text.apply(value)));
    }
    return this;
  }

  /** The text of a value as itself, for {@link #addAll} and {@link #addMap}. */
  public static Object text(Object value) {
    return value;
  }

  /** Bytes as base64 text. */
  public static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  /** The params collected, in order. */
  public List<SyslogSdParam> list() {
    return List.copyOf(params);
  }
}
