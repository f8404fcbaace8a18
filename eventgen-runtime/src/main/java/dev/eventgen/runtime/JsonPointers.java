package dev.eventgen.runtime;

/**
 * RFC 6901 JSON pointers, the {@link Problem#field()} of every problem about a field: {@code
 * /source/hostname}, {@code /targetDevices/2/status}. A pointer is built token by token; {@code ~}
 * and {@code /} in a name are escaped as {@code ~0} and {@code ~1}.
 */
public final class JsonPointers {
  private JsonPointers() {}

  /** The pointer of the whole document. */
  public static final String ROOT = "";

  /**
   * The pointer to property {@code name} of the value at {@code parent}.
   *
   * @param parent a pointer, {@link #ROOT} or null for the document
   */
  public static String property(String parent, String name) {
    return (parent == null ? ROOT : parent) + '/' + escape(name);
  }

  /** The pointer to item {@code index} of the array at {@code parent} (null: the document). */
  public static String item(String parent, int index) {
    return (parent == null ? ROOT : parent) + '/' + index;
  }

  /**
   * A syslog field's flattened name as a pointer: {@code icm.routerCallKey} is {@code
   * /icm/routerCallKey}, {@code targets.0.deviceId} is {@code /targets/0/deviceId}; null stays null
   * and the empty name is the document.
   */
  public static String ofDotted(String dotted) {
    if (dotted == null || dotted.isEmpty()) {
      return dotted == null ? null : ROOT;
    }
    StringBuilder pointer = new StringBuilder();
    for (String part : dotted.split("\\.", -1)) {
      pointer.append('/').append(escape(part));
    }
    return pointer.toString();
  }

  /** A reference token: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
  static String escape(String name) {
    if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
      return name;
    }
    return name.replace("~", "~0").replace("/", "~1");
  }
}
