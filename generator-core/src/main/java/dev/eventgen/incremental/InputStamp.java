package dev.eventgen.incremental;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What an input file held when the output was generated: its SHA-256, plus size and modification
 * time so that an untouched file is recognised without reading it (as make and Gradle do). A file
 * that was touched but not changed is hashed, and found unchanged.
 *
 * <p>File systems keep modification times in coarse ticks (milliseconds to seconds), so a file
 * written again within the tick in which it was stamped keeps its time. A stamp taken that soon
 * after the file's last change keeps no time ({@link #UNKNOWN}), and the file is hashed on the next
 * check; git treats such "racily clean" files the same way.
 */
record InputStamp(String sha256, long size, long modified) {

  /** The {@code modified} of a stamp whose time could not tell a later write apart. */
  static final long UNKNOWN = Long.MIN_VALUE;

  /** How recent a modification time is too recent to trust: the coarsest common tick. */
  private static final long RACY_MILLIS = 2_000;

  static InputStamp of(Path file) throws IOException {
    long modified = modified(file);
    boolean racy = System.currentTimeMillis() - modified < RACY_MILLIS;
    return new InputStamp(Sha256.of(file), Files.size(file), racy ? UNKNOWN : modified);
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
