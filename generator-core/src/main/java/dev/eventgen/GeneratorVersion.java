package dev.eventgen;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The generator's own version, as built; part of what makes generated output up to date. */
public final class GeneratorVersion {

  private static final String VERSION = load();

  private GeneratorVersion() {}

  public static String get() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = GeneratorVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
