package dev.eventgen.runtime.syslog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The SD-IDs and PARAM-NAMEs a parser expects, returned as shared strings instead of a new string
 * per line. A name read from a line is looked up by its hash in a table filled once (open
 * addressing, at most half full, so a lookup compares one entry or two); a known name comes back as
 * the very string of the table, so later {@code equals} calls against the same constant end at
 * once. Unknown names are read as new strings: the table only saves work, it never changes what is
 * read.
 *
 * <p>Generated code builds one table from the names its spec's lines carry ({@link #of}); {@link
 * #REGISTERED} holds only the names RFC 5424 registers. Instances are immutable and thread-safe.
 */
public final class SyslogNames {
  /** RFC 5424 section 7: the registered SD-IDs, each followed by its PARAM-NAMEs. */
  public static final List<String> REGISTERED_NAMES =
      List.of(
          "timeQuality",
          "tzKnown",
          "isSynced",
          "syncAccuracy",
          "origin",
          "ip",
          "enterpriseId",
          "software",
          "swVersion",
          "meta",
          "sequenceId",
          "sysUpTime",
          "language");

  /** A table of the registered names alone. */
  public static final SyslogNames REGISTERED = of(List.of());

  private final String[] table;

  private final byte[][] bytes;

  private final int[] hashes;

  private SyslogNames(Collection<String> names) {
    int size = Integer.highestOneBit(Math.max(names.size(), 8) * 2) * 2;
    this.table = new String[size];
    this.bytes = new byte[size][];
    this.hashes = new int[size];
    for (String name : names) {
      byte[] latin = name.getBytes(StandardCharsets.ISO_8859_1);
      int hash = hash(latin, 0, latin.length);
      int slot = hash & (size - 1);
      while (table[slot] != null) {
        slot = (slot + 1) & (size - 1);
      }
      table[slot] = name;
      bytes[slot] = latin;
      hashes[slot] = hash;
    }
  }

  /**
   * A table of the registered names and {@code names}, each once.
   *
   * @param names SD-IDs and PARAM-NAMEs, printable US-ASCII
   * @throws IllegalArgumentException if a name is empty or not printable US-ASCII
   */
  public static SyslogNames of(Collection<String> names) {
    LinkedHashSet<String> all = new LinkedHashSet<>(REGISTERED_NAMES);
    for (String name : names) {
      if (name.isEmpty() || !name.chars().allMatch(c -> c >= 33 && c <= 126)) {
        throw new IllegalArgumentException("not an SD name: '" + name + "'");
      }
      all.add(name);
    }
    return new SyslogNames(all);
  }

  /** A table of the registered names and {@code names}. */
  public static SyslogNames of(String... names) {
    return of(Arrays.asList(names));
  }

  /** The names of the table, in no particular order. */
  public List<String> names() {
    List<String> names = new ArrayList<>();
    for (String name : table) {
      if (name != null) {
        names.add(name);
      }
    }
    return names;
  }

  /** The name in {@code buf[from, to)}, printable US-ASCII: the shared constant if it is known. */
  String name(byte[] buf, int from, int to) {
    int id = id(buf, from, to);
    return id >= 0 ? table[id] : new String(buf, from, to - from, StandardCharsets.ISO_8859_1);
  }

  /** The id of the name in {@code buf[from, to)}, or -1 if the table lacks it. */
  int id(byte[] buf, int from, int to) {
    int hash = hash(buf, from, to);
    int mask = table.length - 1;
    for (int slot = hash & mask; table[slot] != null; slot = (slot + 1) & mask) {
      if (hashes[slot] == hash && same(bytes[slot], buf, from, to)) {
        return slot;
      }
    }
    return -1;
  }

  /** A plain loop: for names of at most 32 bytes it beats the setup of a vectorised compare. */
  private static boolean same(byte[] name, byte[] buf, int from, int to) {
    if (name.length != to - from) {
      return false;
    }
    for (int i = 0; i < name.length; i++) {
      if (name[i] != buf[from + i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * A name's hash from its length and five of its bytes: reading a name then costs no multiply per
   * byte. Names that share them (rare among the names of one API) only share a probe chain, and the
   * table is at most half full.
   */
  private static int hash(byte[] buf, int from, int to) {
    int length = to - from;
    if (length == 0) {
      return 0;
    }
    int h =
        length * 0x9E3779B1
            ^ buf[from] * 31
            ^ buf[to - 1] << 8
            ^ buf[from + length / 2] << 16
            ^ buf[from + length / 3] << 21
            ^ buf[to - 1 - length / 4] << 26;
    return h ^ h >>> 15 ^ h >>> 7;
  }

  /**
   * The id of a name of the table: a small number, fixed for the table's life, that generated
   * decoders read a param by instead of its name.
   *
   * @throws IllegalArgumentException if the table does not hold the name
   */
  public int id(String name) {
    byte[] latin = name.getBytes(StandardCharsets.ISO_8859_1);
    int id = id(latin, 0, latin.length);
    if (id < 0 || !table[id].equals(name)) {
      throw new IllegalArgumentException("not a name of the table: " + name);
    }
    return id;
  }

  /** The ids of the table's names that start with {@code prefix}. */
  public int[] idsStartingWith(String prefix) {
    return java.util.stream.IntStream.range(0, table.length)
        .filter(slot -> table[slot] != null && table[slot].startsWith(prefix))
        .toArray();
  }

  /** One more than the largest id. */
  int size() {
    return table.length;
  }

  /** The name whose id is {@code id}. */
  String nameOf(int id) {
    return table[id];
  }

  /** A name's hash mixed for a power-of-two table, whose slot is its low bits. */
  static int spread(int hash) {
    // Mix the high bits in: names that differ only in their last bytes differ little.
    return hash ^ hash >>> 16 ^ hash >>> 7;
  }
}
