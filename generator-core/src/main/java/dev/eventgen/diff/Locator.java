package dev.eventgen.diff;

import dev.eventgen.diagnostic.Location;
import java.nio.file.Path;

/** Finds where a JSON pointer ({@code /channels/callStarted}) was written in a spec. */
@FunctionalInterface
public interface Locator {

  /** The position of the node, or of its nearest ancestor that can be found; never null. */
  Location locate(String pointer);

  /** A locator that knows only the file, for specs whose source positions are not at hand. */
  static Locator fileOnly(Path file) {
    return pointer -> new Location(file, 0, 0, pointer);
  }

  /** Escapes one pointer segment (RFC 6901: {@code ~} and {@code /}). */
  static String segment(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
