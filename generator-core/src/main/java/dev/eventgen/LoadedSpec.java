package dev.eventgen;

import dev.eventgen.diagnostic.Diagnostic;
import dev.eventgen.model.Api;
import dev.eventgen.parse.SpecPositions;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * A spec that passed every check.
 *
 * @param files every file read: the root document and each file a {@code $ref} reached (absolute,
 *     normalized)
 * @param warnings problems that do not stop generation
 * @param positions where each element of the document was written (for {@code diff})
 */
public record LoadedSpec(
    Api api, Set<Path> files, List<Diagnostic> warnings, SpecPositions positions) {

  public LoadedSpec {
    files = Set.copyOf(files);
    warnings = List.copyOf(warnings);
  }
}
