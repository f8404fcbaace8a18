package dev.eventgen.parse;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** RFC 6901 JSON pointers: building them from keys and splitting a {@code $ref} fragment. */
public final class JsonPointer {

  private JsonPointer() {}

  /** {@code /channels} + {@code a/b} -> {@code /channels/a~1b}. */
  public static String append(String pointer, String key) {
    return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
  }

  public static String append(String pointer, int index) {
    return pointer + "/" + index;
  }

  /**
   * Splits a pointer (as written in a {@code $ref} fragment, possibly %-encoded) into unescaped
   * keys: {@code /components/schemas/a~1b} -> [components, schemas, a/b].
   */
  public static List<String> keys(String fragment) {
    String pointer = URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
    List<String> keys = new ArrayList<>();
    if (pointer.isEmpty()) {
      return keys;
    }
    for (String raw : pointer.substring(1).split("/", -1)) {
      keys.add(raw.replace("~1", "/").replace("~0", "~"));
    }
    return keys;
  }

  /** The last key of a pointer, unescaped; empty for the root. */
  public static String lastKey(String pointer) {
    List<String> keys = keys(pointer);
    return keys.isEmpty() ? "" : keys.get(keys.size() - 1);
  }
}
