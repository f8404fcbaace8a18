package dev.eventgen.runtime.syslog;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Function;

/**
 * The constants of an enum by the UTF-8 bytes of their wire values, so a value is found in a line
 * without making a string. Immutable and thread-safe.
 *
 * @param <T> the enum
 */
public final class SyslogEnumValues<T> {
  private final T[] constants;

  private final byte[][] wire;

  /**
   * @param constants the enum's constants
   * @param value the wire value of a constant, as its text is written ({@code String.valueOf})
   */
  public SyslogEnumValues(T[] constants, Function<T, ?> value) {
    this.constants = constants.clone();
    this.wire = new byte[constants.length][];
    for (int i = 0; i < constants.length; i++) {
      wire[i] = String.valueOf(value.apply(constants[i])).getBytes(StandardCharsets.UTF_8);
    }
  }

  /** The constant whose wire value is {@code buf[from, to)}, or null. */
  public T find(byte[] buf, int from, int to) {
    for (int i = 0; i < wire.length; i++) {
      if (Arrays.equals(wire[i], 0, wire[i].length, buf, from, to)) {
        return constants[i];
      }
    }
    return null;
  }
}
