package dev.eventgen.incremental;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What an input file held when the output was generated: its SHA-256, plus size and modification
 * time so that an untouched file is recognised without reading it (as make and Gradle do). A file
 * that was touched but not changed is hashed, and found unchanged.
 */
record InputStamp(String sha256, long size, long modified) {

  static InputStamp of(Path file) throws IOException {
    return new InputStamp(Sha256.of(file), Files.size(file), modified(file));
  }

  /** True if the file still holds what it held. */
  boolean matches(Path file) throws IOException {
    if (Files.size(file) != size) {
      return false;
    }
    return modified(file) == modified || Sha256.of(file).equals(sha256);
  }

  private static long modified(Path file) throws IOException {
    return Files.getLastModifiedTime(file).toMillis();
  }
}
