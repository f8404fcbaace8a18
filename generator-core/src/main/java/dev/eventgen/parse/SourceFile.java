package dev.eventgen.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventgen.diagnostic.Location;
import java.nio.file.Path;

/**
 * One file read: its tree and where each node of the tree was written.
 *
 * @param path absolute, normalized: identifies the file
 * @param shownAs the path shown to the user: as they gave it, or resolved from it for files a
 *     {@code $ref} reached (relative stays relative)
 */
public record SourceFile(Path path, Path shownAs, JsonNode root, PositionIndex positions) {

  /** Location of the node at the pointer (its key for mapping entries, if {@code atKey}). */
  public Location locate(String pointer, boolean atKey) {
    Position position = atKey ? positions.key(pointer) : positions.value(pointer);
    if (position == null) {
      position = Position.START;
    }
    return new Location(shownAs, position.line(), position.column(), pointer);
  }
}
