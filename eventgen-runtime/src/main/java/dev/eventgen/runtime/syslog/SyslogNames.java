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
      int hash = name.hashCode();
      int slot = slot(hash);
      while (table[slot] != null) {
        slot = (slot + 1) & (size - 1);
      }
      table[slot] = name;
      bytes[slot] = name.getBytes(StandardCharsets.ISO_8859_1);
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

  /**
   * The name in {@code buf[from, to)}, printable US-ASCII whose {@code String} hash is {@code
   * hash}: the shared constant if it is known, else a new string.
   */
  String name(byte[] buf, int from, int to, int hash) {
    int id = id(buf, from, to, hash);
    return id >= 0 ? table[id] : new String(buf, from, to - from, StandardCharsets.ISO_8859_1);
  }

  /** The id of the name in {@code buf[from, to)} whose hash is {@code hash}, or -1 if unknown. */
  int id(byte[] buf, int from, int to, int hash) {
    for (int slot = slot(hash); table[slot] != null; slot = (slot + 1) & (table.length - 1)) {
      if (hashes[slot] == hash
          && Arrays.equals(bytes[slot], 0, bytes[slot].length, buf, from, to)) {
        return slot;
      }
    }
    return -1;
  }

  /**
   * The id of a name of the table: a small number, fixed for the table's life, that generated
   * decoders read a param by instead of its name.
   *
   * @throws IllegalArgumentException if the table does not hold the name
   */
  public int id(String name) {
    int hash = name.hashCode();
    for (int slot = slot(hash); table[slot] != null; slot = (slot + 1) & (table.length - 1)) {
      if (table[slot].equals(name)) {
        return slot;
      }
    }
    throw new IllegalArgumentException("not a name of the table: " + name);
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

  private int slot(int hash) {
    return spread(hash) & (table.length - 1);
  }

  /** A name's hash mixed for a power-of-two table, whose slot is its low bits. */
  static int spread(int hash) {
    // Mix the high bits in: names that differ only in their last bytes differ little.
    return hash ^ hash >>> 16 ^ hash >>> 7;
  }
}
