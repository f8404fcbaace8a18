package dev.eventgen.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Set;

/**
 * The document with every {@code $ref} replaced by what it points to (shared, not copied, so a
 * component reached twice is the same node), except refs back into an enclosing node.
 *
 * @param root the root file as read
 * @param tree the resolved tree
 * @param files every file read, absolute and normalized
 */
public record ResolvedSpec(SourceFile root, JsonNode tree, Origins origins, Set<Path> files) {

  public ResolvedSpec {
    files = Set.copyOf(files);
  }
}
