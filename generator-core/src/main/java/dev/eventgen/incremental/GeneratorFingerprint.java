package dev.eventgen.incremental;

import dev.eventgen.GeneratorVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.stream.Stream;

/**
 * Identifies the generator build that produced some output. A release is identified by its version.
 * A {@code -SNAPSHOT} is rebuilt under the same version, so its fingerprint adds the size and
 * modification time of the generator-core jar (or, when running from a classes directory as in an
 * IDE, a hash of the names, sizes and modification times of its files): a rebuilt or reinstalled
 * snapshot regenerates. File metadata rather than a content hash keeps the no-op build cheap; at
 * worst an identical rebuild regenerates once. (No {@code +} on strings here: see {@link
 * IncrementalBuild} on bootstrap costs.)
 */
public final class GeneratorFingerprint {

  private static final String CURRENT = of(GeneratorVersion.get(), codeSource());

  private GeneratorFingerprint() {}

  /** The fingerprint of the generator on the class path, computed once per class loader. */
  public static String get() {
    return CURRENT;
  }

  static String of(String version, Path code) {
    if (!version.endsWith("-SNAPSHOT") || code == null) {
      return version;
    }
    try {
      String build = Files.isDirectory(code) ? hashTree(code) : stamp(code);
      return new StringBuilder(version).append('+').append(build).toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot fingerprint the generator at " + code, e);
    }
  }

  private static String stamp(Path jar) throws IOException {
    long size = Files.size(jar);
    return new StringBuilder()
        .append(size)
        .append('-')
        .append(Files.getLastModifiedTime(jar).toMillis())
        .toString();
  }

  private static String hashTree(Path root) throws IOException {
    StringBuilder listing = new StringBuilder();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        listing
            .append(root.relativize(file))
            .append(' ')
            .append(Files.size(file))
            .append(' ')
            .append(Files.getLastModifiedTime(file).toMillis())
            .append('\n');
      }
    }
    return Sha256.of(listing.toString());
  }

  private static Path codeSource() {
    CodeSource source = GeneratorVersion.class.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return null;
    }
    try {
      return Path.of(source.getLocation().toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null; // not a file (e.g. nested jar): fall back to the version alone
    }
  }
}
