package dev.eventgen.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventgen.RefMap;
import dev.eventgen.check.Suggestions;
import dev.eventgen.diagnostic.Diagnostics;
import dev.eventgen.diagnostic.ErrorCode;
import dev.eventgen.diagnostic.Location;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds what one {@code $ref} points to: reads the file it names (once, relative to the file the
 * ref is written in) and walks the fragment's JSON pointer. eventgen works offline: a remote ref is
 * read from the local folder its URL prefix is mapped to ({@link RefMap}), and refused if none is.
 */
final class RefTargets {

  /** The node a ref points to, in its own file. */
  record Target(SourceFile file, String pointer, JsonNode node) {
    /** Identifies the place: file and pointer. */
    String key() {
      return file.path() + "#" + pointer;
    }
  }

  private final SpecReader reader;
  private final Diagnostics diagnostics;
  private final RefMap refMap;
  private final Map<Path, SourceFile> files = new LinkedHashMap<>();
  private final Set<Path> unreadable = new LinkedHashSet<>();

  RefTargets(SpecReader reader, Diagnostics diagnostics, RefMap refMap) {
    this.reader = reader;
    this.diagnostics = diagnostics;
    this.refMap = refMap;
  }

  static boolean isRef(JsonNode node) {
    return node.isObject() && node.path("$ref").isTextual();
  }

  void register(SourceFile file) {
    files.put(file.path(), file);
  }

  Set<Path> paths() {
    return files.keySet();
  }

  /** The target of the ref written at {@code pointer} in {@code file}, or null (reported). */
  Target target(SourceFile file, String pointer, String ref) {
    Location at = file.locate(JsonPointer.append(pointer, "$ref"), false);
    int hash = ref.indexOf('#');
    String filePart = hash < 0 ? ref : ref.substring(0, hash);
    String fragment = hash < 0 ? "" : ref.substring(hash + 1);
    SourceFile targetFile;
    if (filePart.isEmpty()) {
      targetFile = file;
    } else if (RefMap.isRemote(filePart)) {
      targetFile = loadMapped(filePart, ref, at);
    } else {
      targetFile = load(file, filePart, ref, at);
    }
    if (targetFile == null) {
      return null;
    }
    if (!fragment.isEmpty() && !fragment.startsWith("/")) {
      ErrorCode.E007.report(
          diagnostics,
          at,
          "$ref '"
              + ref
              + "' has a fragment that is not a JSON"
              + " pointer (it must start with '#/')");
      return null;
    }
    return walk(targetFile, fragment, ref, at);
  }

  private Target walk(SourceFile file, String fragment, String ref, Location at) {
    JsonNode node = file.root();
    String pointer = "";
    for (String key : JsonPointer.keys(fragment)) {
      JsonNode next =
          node.isArray() && key.matches("\\d+") ? node.get(Integer.parseInt(key)) : node.get(key);
      if (next == null || !node.isContainerNode()) {
        ErrorCode.E007.report(
            diagnostics,
            at,
            "$ref '"
                + ref
                + "' points to nothing: no '"
                + key
                + "' in "
                + (pointer.isEmpty() ? "the document" : "'" + pointer + "'")
                + Suggestions.didYouMean(key, fieldNames(node)));
        return null;
      }
      node = next;
      pointer = JsonPointer.append(pointer, key);
    }
    return new Target(file, pointer, node);
  }

  /** Reads a file named relative to the file the ref is written in. */
  private SourceFile load(SourceFile from, String filePart, String ref, Location at) {
    Path relative = decode(filePart, ref, at);
    if (relative == null) {
      return null;
    }
    Path shownParent = from.shownAs().getParent();
    Path shownAs = (shownParent == null ? relative : shownParent.resolve(relative)).normalize();
    return read(
        from.path().resolveSibling(relative).normalize(),
        shownAs,
        at,
        "$ref '" + ref + "' names a file that does not exist: " + shownAs);
  }

  /** Reads a remote document from the folder its prefix is mapped to; unmapped is refused. */
  private SourceFile loadMapped(String url, String ref, Location at) {
    RefMap.Mapped mapped = refMap.map(url);
    if (mapped == null) {
      ErrorCode.E009.report(
          diagnostics,
          at,
          "remote $ref '"
              + ref
              + "' is not fetched: eventgen works offline; save the document locally and map its"
              + " URL prefix to that folder (--ref-map <prefix>=<folder>; Maven: <refMaps>), or"
              + " refer to it by a relative path");
      return null;
    }
    Path relative = decode(mapped.rest(), ref, at);
    if (relative == null) {
      return null;
    }
    Path shownAs = mapped.folder().resolve(relative).normalize();
    return read(
        shownAs.toAbsolutePath().normalize(),
        shownAs,
        at,
        "$ref '"
            + ref
            + "' is mapped by '"
            + mapped.prefix()
            + "' to a file that does not exist: "
            + shownAs);
  }

  /** The file part of a ref as a path: percent-encoding decoded; null if invalid (reported). */
  private Path decode(String filePart, String ref, Location at) {
    try {
      return Path.of(URLDecoder.decode(filePart.replace("+", "%2B"), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) { // an invalid path, or a bad %-escape
      ErrorCode.E008.report(diagnostics, at, "$ref '" + ref + "' names no valid file path");
      return null;
    }
  }

  /** Reads the file once; a missing or unreadable one is reported once, with {@code missing}. */
  private SourceFile read(Path path, Path shownAs, Location at, String missing) {
    SourceFile known = files.get(path);
    if (known != null || unreadable.contains(path)) {
      return known;
    }
    if (!Files.isRegularFile(path)) {
      unreadable.add(path);
      ErrorCode.E008.report(diagnostics, at, missing);
      return null;
    }
    SourceFile file = reader.read(path, shownAs);
    if (file == null) {
      unreadable.add(path);
    } else {
      files.put(path, file);
    }
    return file;
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
