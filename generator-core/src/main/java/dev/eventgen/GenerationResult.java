package dev.eventgen;

import dev.eventgen.model.Api;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * What a run did.
 *
 * @param inputFiles every file the spec was read from (the root and each file a $ref reached)
 * @param files the Java files written, relative to the output directory, sorted
 */
public record GenerationResult(
    Api api, Set<Target> targets, Set<Path> inputFiles, List<Path> files, Duration elapsed) {

  public GenerationResult {
    inputFiles = Set.copyOf(inputFiles);
    files = List.copyOf(files);
  }
}
