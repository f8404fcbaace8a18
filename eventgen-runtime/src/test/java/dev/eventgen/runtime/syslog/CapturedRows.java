package dev.eventgen.runtime.syslog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of {@code syslog-samples/captured.tsv}, real datagrams: name to the exact bytes. The
 * file is read from the shared folder beside the repository ({@code ../shared}), never copied in:
 * the system property {@code eventgen.shared} (the build sets it), failing that the first {@code
 * shared/syslog-samples} above the working directory.
 */
final class CapturedRows {

  private CapturedRows() {}

  static Map<String, byte[]> load() {
    Map<String, byte[]> rows = new LinkedHashMap<>();
    try {
      List<String> lines = Files.readAllLines(file(), StandardCharsets.US_ASCII);
      for (String line : lines.subList(1, lines.size())) { // header: name, hex_bytes
        String[] columns = line.split("\t");
        rows.put(columns[0], HexFormat.of().parseHex(columns[1]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  private static Path file() {
    Set<Path> tried = new LinkedHashSet<>();
    String configured = System.getProperty("eventgen.shared");
    if (configured != null) {
      tried.add(Path.of(configured).toAbsolutePath().normalize());
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      tried.add(dir.resolve("shared"));
    }
    for (Path shared : tried) {
      Path file = shared.resolve("syslog-samples").resolve("captured.tsv");
      if (Files.isRegularFile(file)) {
        return file;
      }
    }
    throw new IllegalStateException(
        "syslog-samples/captured.tsv is missing: it is read from ../shared beside the repository;"
            + " tried "
            + tried);
  }
}
