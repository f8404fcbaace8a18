package dev.eventgen.emit.syslog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** The rows of {@code syslog/captured.tsv}: name to the exact datagram bytes. */
final class CapturedRows {

  private CapturedRows() {}

  static Map<String, byte[]> load() {
    Map<String, byte[]> rows = new LinkedHashMap<>();
    try (InputStream in = CapturedRows.class.getResourceAsStream("/syslog/captured.tsv");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
      reader.readLine(); // header: name, hex_bytes
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] columns = line.split("\t");
        rows.put(columns[0], HexFormat.of().parseHex(columns[1]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
