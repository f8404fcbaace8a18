package dev.eventgen.build;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventgen.check.SchemaFormats;
import dev.eventgen.check.SchemaFormats.Format;
import dev.eventgen.diagnostic.Diagnostics;
import dev.eventgen.parse.Nodes;
import dev.eventgen.parse.Origins;

/**
 * The payload and headers schemas of a message as JSON Schema: 3.0 multi-format schemas are
 * unwrapped, and Avro schemas translated by {@link AvroSchemas}, whose records and enums are named
 * after their Avro name. JSON Schema, AsyncAPI and OpenAPI 3.0 schemas are read as they are (the
 * mappers understand OpenAPI's {@code nullable} and {@code discriminator} object). The format is
 * the 3.0 schema's own, or in 2.x the message's, which covers its payload only.
 */
final class MessageSchemas {

  private final AvroSchemas avro;

  MessageSchemas(Origins origins, Diagnostics diagnostics, SchemaMapper schemas) {
    this.avro = new AvroSchemas(origins, diagnostics, schemas::prefer);
  }

  JsonNode payload(JsonNode message) {
    return schema(message.get("payload"), Nodes.text(message, "schemaFormat"));
  }

  JsonNode headers(JsonNode message) {
    return schema(message.get("headers"), null);
  }

  private JsonNode schema(JsonNode entry, String messageFormat) {
    JsonNode schema = entry;
    String format = messageFormat;
    if (entry != null && entry.isObject() && entry.has("schemaFormat") && entry.has("schema")) {
      schema = entry.get("schema");
      format = Nodes.text(entry, "schemaFormat");
    }
    return schema != null && SchemaFormats.of(format) == Format.AVRO
        ? avro.translate(schema)
        : schema;
  }
}
