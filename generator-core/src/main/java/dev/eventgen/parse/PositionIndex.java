package dev.eventgen.parse;

import java.util.HashMap;
import java.util.Map;

/**
 * Where every node of one file was written, by JSON pointer: the value's position, and for mapping
 * entries also the key's (an unknown key is best shown at the key itself).
 */
public final class PositionIndex {

  private final Map<String, Position> values = new HashMap<>();
  private final Map<String, Position> keys = new HashMap<>();

  void putValue(String pointer, Position position) {
    values.put(pointer, position);
  }

  void putKey(String pointer, Position position) {
    keys.put(pointer, position);
  }

  /** Position of the value at the pointer, or null if the file has no such node. */
  public Position value(String pointer) {
    return values.get(pointer);
  }

  /** Position of the key naming the pointer's node, falling back to the value's position. */
  public Position key(String pointer) {
    Position key = keys.get(pointer);
    return key != null ? key : values.get(pointer);
  }

  public int size() {
    return values.size();
  }
}
