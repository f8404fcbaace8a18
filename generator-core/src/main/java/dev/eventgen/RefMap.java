package dev.eventgen;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Maps URL prefixes to local folders, so that a remote {@code $ref} is read from a local copy
 * (eventgen never fetches). {@code https://schemas.example.com/} mapped to {@code schemas} reads
 * {@code https://schemas.example.com/common/user.yaml#/User} from {@code schemas/common/user.yaml}.
 * The longest matching prefix wins. A prefix matches at a path boundary: it ends with {@code /}, or
 * the URL goes on with {@code /}, or the URL is the prefix (then the "folder" is the file itself).
 *
 * @param folders prefix to folder, sorted by prefix; a relative folder is taken as it is (relative
 *     to the current directory), front ends resolve it against their base first
 */
public record RefMap(Map<String, Path> folders) {

  /** No mapping: every remote ref is refused. */
  public static final RefMap NONE = new RefMap(Map.of());

  public RefMap {
    Map<String, Path> sorted = new TreeMap<>();
    for (Map.Entry<String, Path> entry : folders.entrySet()) {
      String prefix = entry.getKey();
      if (!isRemote(prefix)) {
        throw new IllegalArgumentException(
            "ref map prefix '" + prefix + "' is not a URL (e.g. https://schemas.example.com/)");
      }
      if (entry.getValue() == null) {
        throw new IllegalArgumentException("ref map prefix '" + prefix + "' names no folder");
      }
      sorted.put(prefix, entry.getValue());
    }
    folders = Collections.unmodifiableMap(new LinkedHashMap<>(sorted));
  }

  /**
   * Reads {@code prefix=folder} entries (the first {@code =} separates them); a relative folder is
   * resolved against {@code base}.
   *
   * @throws IllegalArgumentException naming the entry that is not of that form, or a prefix given
   *     twice
   */
  public static RefMap parse(Collection<String> entries, Path base) {
    Map<String, Path> folders = new LinkedHashMap<>();
    for (String entry : entries) {
      int equals = entry.indexOf('=');
      if (equals <= 0 || equals == entry.length() - 1) {
        throw new IllegalArgumentException(
            "ref map '"
                + entry
                + "' is not <prefix>=<folder>, e.g. https://schemas.example.com/=schemas");
      }
      String prefix = entry.substring(0, equals);
      Path folder;
      try {
        folder = base.resolve(entry.substring(equals + 1)).normalize();
      } catch (InvalidPathException e) {
        throw new IllegalArgumentException("ref map '" + entry + "' names no valid folder", e);
      }
      if (folders.put(prefix, folder) != null) {
        throw new IllegalArgumentException("ref map prefix '" + prefix + "' is given twice");
      }
    }
    return new RefMap(folders);
  }

  /** True if the ref names a document by a URL ({@code https://...}) rather than a path. */
  public static boolean isRemote(String ref) {
    return ref.matches("(?i)^[a-z][a-z0-9+.-]*://.*");
  }

  /**
   * Where a URL (without its fragment) is read from: the folder of the longest matching prefix and
   * the rest of the URL after it (still percent-encoded, without leading {@code /}); null if no
   * prefix matches.
   */
  public Mapped map(String url) {
    String best = null;
    for (String prefix : folders.keySet()) {
      if (url.startsWith(prefix)
          && (prefix.endsWith("/")
              || url.length() == prefix.length()
              || url.charAt(prefix.length()) == '/')
          && (best == null || prefix.length() > best.length())) {
        best = prefix;
      }
    }
    if (best == null) {
      return null;
    }
    String rest = url.substring(best.length());
    int start = 0;
    while (start < rest.length() && rest.charAt(start) == '/') {
      start++;
    }
    return new Mapped(best, folders.get(best), rest.substring(start));
  }

  /**
   * The mapping with absolute folders, {@code prefix=folder} separated by spaces, or {@code
   * (none)}: what the incremental build compares. (No streams or {@code +}: see {@code
   * IncrementalBuild}.)
   */
  public String describe() {
    if (folders.isEmpty()) {
      return "(none)";
    }
    StringBuilder text = new StringBuilder();
    for (Map.Entry<String, Path> entry : folders.entrySet()) {
      text.append(text.length() == 0 ? "" : " ")
          .append(entry.getKey())
          .append('=')
          .append(entry.getValue().toAbsolutePath().normalize());
    }
    return text.toString();
  }

  /**
   * A URL that a prefix matched.
   *
   * @param prefix the prefix
   * @param folder its folder
   * @param rest what follows the prefix in the URL, percent-encoded, relative to the folder
   */
  public record Mapped(String prefix, Path folder, String rest) {}
}
