package dev.eventgen.build;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventgen.model.Message;
import dev.eventgen.model.PayloadType;
import dev.eventgen.model.Scalar;
import dev.eventgen.model.SyslogMessage;
import dev.eventgen.parse.Nodes;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps a message (traits already merged): payload and headers (as JSON Schema, see {@link
 * MessageSchemas}) through the {@link SchemaMapper}, JMS binding headers, correlation id, the
 * {@code x-syslog} extension and the example payloads as compact JSON. The discriminator is left to
 * {@link Discriminators}, which needs every message.
 */
final class MessageMapper {

  private final SchemaMapper schemas;
  private final MessageSchemas messageSchemas;
  private final String defaultContentType;

  MessageMapper(SchemaMapper schemas, MessageSchemas messageSchemas, String defaultContentType) {
    this.schemas = schemas;
    this.messageSchemas = messageSchemas;
    this.defaultContentType = defaultContentType;
  }

  Message message(String name, JsonNode node) {
    JsonNode payloadSchema = messageSchemas.payload(node);
    PayloadType payload =
        payloadSchema == null
            ? Scalar.of(Scalar.Kind.ANY)
            : schemas.map(payloadSchema, name + "Payload");
    JsonNode headers = messageSchemas.headers(node);
    JsonNode jmsHeaders = node.path("bindings").path("jms").get("headers");
    String contentType = Nodes.text(node, "contentType");
    return new Message(
        name,
        Nodes.text(node, "title"),
        Nodes.text(node, "summary"),
        Nodes.text(node, "description"),
        contentType != null ? contentType : defaultContentType,
        payload,
        headers == null ? null : schemas.map(headers, name + "Headers"),
        jmsHeaders == null ? null : schemas.map(jmsHeaders, name + "JmsHeaders"),
        Nodes.text(node.get("correlationId"), "location"),
        null,
        null,
        node.path("deprecated").asBoolean(false),
        syslog(node.get("x-syslog")),
        examples(node));
  }

  private static SyslogMessage syslog(JsonNode x) {
    if (x == null || !x.isObject()) {
      return null;
    }
    return new SyslogMessage(
        Nodes.text(x, "msgId"), x.path("severity").asInt(6), Nodes.text(x, "mnemonic"));
  }

  private static List<String> examples(JsonNode node) {
    List<String> examples = new ArrayList<>();
    for (JsonNode example : Nodes.items(node.get("examples"))) {
      if (example.has("payload")) {
        examples.add(example.get("payload").toString()); // Jackson writes compact JSON
      }
    }
    return examples;
  }
}
