package dev.eventgen.check;

import java.util.Locale;

/**
 * Which {@code schemaFormat}s eventgen reads: JSON Schema and AsyncAPI schemas as they are, OpenAPI
 * 3.0 schemas (a JSON Schema dialect) and Avro 1.x schemas, which the model stage translates to
 * JSON Schema first.
 */
public final class SchemaFormats {

  /** How a schema is read. */
  public enum Format {
    JSON_SCHEMA,
    OPENAPI,
    AVRO
  }

  /** What the E012 message says is read. */
  public static final String SUPPORTED = "JSON Schema, AsyncAPI, OpenAPI 3.0 and Avro 1.x schemas";

  private SchemaFormats() {}

  /** The format of a media type (absent: JSON Schema), or null if eventgen does not read it. */
  public static Format of(String schemaFormat) {
    if (schemaFormat == null) {
      return Format.JSON_SCHEMA;
    }
    String[] parts = schemaFormat.toLowerCase(Locale.ROOT).split(";");
    String type = parts[0].trim();
    String version = version(parts);
    if (type.startsWith("application/vnd.aai.asyncapi")
        || type.equals("application/schema+json")
        || type.equals("application/schema+yaml")) {
      return Format.JSON_SCHEMA;
    }
    if (type.matches("application/vnd\\.oai\\.openapi(\\+json|\\+yaml)?")
        && (version == null || version.startsWith("3.0"))) {
      return Format.OPENAPI;
    }
    if (type.matches("application/vnd\\.apache\\.avro(\\+json|\\+yaml)?")
        && (version == null || version.startsWith("1."))) {
      return Format.AVRO;
    }
    return null;
  }

  /** True if absent, or a format eventgen reads. */
  public static boolean isSupported(String schemaFormat) {
    return of(schemaFormat) != null;
  }

  /** True if the schema is read as written, as an AsyncAPI (JSON) Schema. */
  public static boolean isJsonSchema(String schemaFormat) {
    return of(schemaFormat) == Format.JSON_SCHEMA;
  }

  private static String version(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].trim();
      if (parameter.startsWith("version=")) {
        return parameter.substring("version=".length()).trim();
      }
    }
    return null;
  }
}
