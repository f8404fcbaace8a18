package dev.eventgen.check;

import java.util.Locale;

/** Which {@code schemaFormat}s eventgen reads: JSON Schema and AsyncAPI schemas. */
public final class SchemaFormats {

  private SchemaFormats() {}

  /** True if absent, or an AsyncAPI or JSON Schema media type (any version, JSON or YAML). */
  public static boolean isSupported(String schemaFormat) {
    if (schemaFormat == null) {
      return true;
    }
    String type = schemaFormat.toLowerCase(Locale.ROOT).split(";")[0].trim();
    return type.startsWith("application/vnd.aai.asyncapi")
        || type.equals("application/schema+json")
        || type.equals("application/schema+yaml");
  }
}
