package dev.eventgen.bench.jms;

import com.acme.cvp.jms.CvpJmsChannel;
import com.acme.cvp.model.CvpEvent;
import com.acme.cvp.model.CvpJson;
import com.fasterxml.jackson.databind.JsonNode;
import dev.eventgen.bench.CvpVariants;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One realistic CVP message: the event (a generated record, a variant of the it-tests' sample), its
 * JSON as the generated mapper writes it, and the JMS headers and properties the generated
 * publisher would put on it.
 *
 * @param name the spec's message name, also the {@code JMSType}
 * @param channel the channel carrying it
 * @param event the generated record
 * @param json the record written by {@code CvpJson.mapper()}
 * @param correlationId the {@code JMSCorrelationID}: the call or device id
 * @param properties the application properties
 */
record CvpSample(
    String name,
    CvpJmsChannel channel,
    CvpEvent event,
    byte[] json,
    String correlationId,
    Map<String, Object> properties) {

  /**
   * {@code count} distinct messages cycling over the 10 kinds: the samples with their ids, times,
   * call GUIDs, numbers and host names varied ({@link CvpVariants}).
   */
  static List<CvpSample> variants(int count) {
    List<CvpSample> samples = new ArrayList<>(count);
    for (CvpEvent event : CvpVariants.all(count, 11)) {
      samples.add(of(event));
    }
    return List.copyOf(samples);
  }

  private static CvpSample of(CvpEvent event) {
    String name = event.getClass().getSimpleName();
    for (CvpJmsChannel channel : CvpJmsChannel.values()) {
      if (channel.messageNames().contains(name)) {
        return of(name, channel, event);
      }
    }
    throw new IllegalStateException("no channel carries " + name);
  }

  String text() {
    return new String(json, StandardCharsets.UTF_8);
  }

  /** A received text message as a broker would deliver this sample. */
  StubTextMessage textMessage() {
    return new StubTextMessage(topic(), messageId(), correlationId, name, 1_747_234_000_000L,
        properties, text());
  }

  /** A received bytes message carrying the same UTF-8 JSON. */
  StubBytesMessage bytesMessage() {
    return new StubBytesMessage(topic(), messageId(), correlationId, name, 1_747_234_000_000L,
        properties, json);
  }

  private StubTopic topic() {
    return new StubTopic(channel.destination());
  }

  private static String messageId() {
    return "ID:" + UUID.randomUUID();
  }

  private static CvpSample of(String name, CvpJmsChannel channel, CvpEvent event) {
    try {
      byte[] json = CvpJson.mapper().writeValueAsBytes(event);
      JsonNode tree = CvpJson.mapper().readTree(json);
      String correlation = tree.path("callGuid").asText(tree.path("deviceId").asText(null));
      return new CvpSample(name, channel, event, json, correlation, properties(tree));
    } catch (IOException e) {
      throw new UncheckedIOException(name + " does not write", e);
    }
  }

  /** The properties the generated publisher sets, from the same payload fields. */
  private static Map<String, Object> properties(JsonNode tree) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("cvpEventId", tree.path("eventId").asText());
    properties.put("cvpEventType", tree.path("eventType").asText());
    properties.put("cvpSpecVersion", tree.path("specVersion").asText());
    properties.put("cvpSourceHost", tree.path("source").path("hostname").asText());
    properties.put("cvpSubsystem", tree.path("source").path("subsystem").asText());
    properties.put("cvpSeverity", tree.path("severity").asText());
    if (tree.hasNonNull("callGuid")) {
      properties.put("cvpCallGuid", tree.path("callGuid").asText());
    }
    return properties;
  }
}
