package dev.eventgen.runtime.syslog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One line as a typed decoder reads it, filled by {@link SyslogParser#parse(byte[], int, int,
 * SyslogSdLine)} without copying: each param of the SD element {@link #sdId()} as the id of its
 * name in the {@link SyslogNames} table and the range of its value in the caller's bytes, and the
 * MSGID as a range. Escapes are removed when a value is made into text. A line in another format
 * than RFC 5424 is read into a whole {@link SyslogMessage} instead ({@link #other()}).
 *
 * <p>An instance is reused from line to line, so it belongs to one thread (a receiver's dispatch
 * thread); what it holds points into the caller's array and is valid until the array changes or the
 * next line is read.
 */
public final class SyslogSdLine {
  private final SyslogNames names;

  private final String sdId;

  private final byte[] sdIdBytes;

  /** By name id: the index + 1 of the first param with that name, 0 if none. */
  private final int[] first;

  private final SyslogSdFields fields = new SyslogSdFields(this);

  private byte[] buf = new byte[0];

  private int start;

  private SyslogMessage other;

  private int msgIdFrom = -1;

  private int msgIdTo;

  private int count;

  private boolean unknownNames;

  private int[] ids = new int[32];

  private int[] nameFrom = new int[32];

  private int[] nameTo = new int[32];

  /** The value's start; its end is in {@link #valueTo}, complemented if the value has escapes. */
  private int[] valueFrom = new int[32];

  private int[] valueTo = new int[32];

  /**
   * @param names the name table the ids come from; the parser reads names with it
   * @param sdId the SD-ID whose params are recorded (the first element with it)
   */
  public SyslogSdLine(SyslogNames names, String sdId) {
    this.names = Objects.requireNonNull(names, "names");
    this.sdId = Objects.requireNonNull(sdId, "sdId");
    this.sdIdBytes = sdId.getBytes(StandardCharsets.ISO_8859_1);
    this.first = new int[names.size()];
  }

  /** The name table the ids come from. */
  public SyslogNames names() {
    return names;
  }

  /** The SD-ID whose params are recorded. */
  public String sdId() {
    return sdId;
  }

  /** Typed reads of the params by name id, for generated decoders. */
  public SyslogSdFields fields() {
    return fields;
  }

  /** The line read whole, if it is not RFC 5424 (RFC 3164, CiscoLog), else null. */
  public SyslogMessage other() {
    return other;
  }

  /** The MSGID, or null for NILVALUE (and for a line in another format). */
  public String msgId() {
    return msgIdFrom < 0
        ? null
        : new String(buf, msgIdFrom, msgIdTo - msgIdFrom, StandardCharsets.ISO_8859_1);
  }

  /** True if a param of the element has a name the table lacks (a map key, a list index...). */
  public boolean hasUnknownNames() {
    return unknownNames;
  }

  /** The params of the element as the generic message would hold them, in wire order. */
  public List<SyslogSdParam> params() {
    List<SyslogSdParam> params = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      params.add(new SyslogSdParam(name(i), text(i), valueOffset(i)));
    }
    return params;
  }

  /** How many params the element has. */
  int count() {
    return count;
  }

  /** The first param whose name has the id, or -1. */
  int at(int id) {
    return first[id] - 1;
  }

  /** The name id of param {@code index}, or -1 for a name the table lacks. */
  int id(int index) {
    return ids[index];
  }

  /** The name of param {@code index}. */
  String name(int index) {
    int id = ids[index];
    return id >= 0
        ? names.nameOf(id)
        : new String(
            buf, nameFrom[index], nameTo[index] - nameFrom[index], StandardCharsets.ISO_8859_1);
  }

  /** The value of param {@code index} as text, escapes removed. */
  String text(int index) {
    int to = valueTo[index];
    return SyslogValues.text(buf, valueFrom[index], to < 0 ? ~to : to, to < 0);
  }

  /** True if the value of param {@code index} has escapes: it can only be read as text. */
  boolean escaped(int index) {
    return valueTo[index] < 0;
  }

  byte[] buf() {
    return buf;
  }

  int valueFrom(int index) {
    return valueFrom[index];
  }

  /** The end of the value of param {@code index}, for a value without escapes. */
  int valueTo(int index) {
    return valueTo[index];
  }

  /** The byte offset of the value of param {@code index} in the line. */
  int valueOffset(int index) {
    return valueFrom[index] - start;
  }

  /** Forgets the last line before a new one is read from {@code start} of {@code bytes}. */
  void reset(byte[] bytes, int start) {
    for (int i = 0; i < count; i++) {
      if (ids[i] >= 0) {
        first[ids[i]] = 0;
      }
    }
    this.buf = bytes;
    this.start = start;
    this.other = null;
    this.msgIdFrom = -1;
    this.count = 0;
    this.unknownNames = false;
  }

  void other(SyslogMessage message) {
    this.other = message;
  }

  void msgId(int from, int to) {
    this.msgIdFrom = from;
    this.msgIdTo = to;
  }

  /** True if {@code buf[from, to)} is the SD-ID recorded. */
  boolean isSdId(int from, int to) {
    return Arrays.equals(sdIdBytes, 0, sdIdBytes.length, buf, from, to);
  }

  /** Records a param; {@code to} is complemented if the value has escapes. */
  void add(int id, int nameStart, int nameEnd, int from, int to) {
    if (count == ids.length) {
      int size = count * 2;
      ids = Arrays.copyOf(ids, size);
      nameFrom = Arrays.copyOf(nameFrom, size);
      nameTo = Arrays.copyOf(nameTo, size);
      valueFrom = Arrays.copyOf(valueFrom, size);
      valueTo = Arrays.copyOf(valueTo, size);
    }
    ids[count] = id;
    nameFrom[count] = nameStart;
    nameTo[count] = nameEnd;
    valueFrom[count] = from;
    valueTo[count] = to;
    count++;
    if (id < 0) {
      unknownNames = true;
    } else if (first[id] == 0) {
      first[id] = count;
    }
  }
}
