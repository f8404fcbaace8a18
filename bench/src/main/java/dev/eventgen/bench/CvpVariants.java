package dev.eventgen.bench;

import com.acme.cvp.model.CvpEvent;
import com.acme.cvp.model.CvpJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Distinct, realistic CVP events for the benchmarks: each of the spec's sample payloads (one per
 * message, from the it-tests) with its varying values replaced by seeded random ones of the same
 * shape: every UUID, date-time (other instants and offsets, with and without a fraction), call
 * GUID, digit string (ANI, DNIS, labels) and host name. Enum values, numbers and fixed texts stay,
 * so each variant is as valid as its sample; the generated record's constructor checks it. Two
 * variants are never equal (checked), so no input repeats.
 */
public final class CvpVariants {

  /** The spec's message names, in the order the variants cycle through them. */
  public static final List<String> MESSAGES =
      List.of(
          "CallStartedEvent",
          "ApplicationInvokedEvent",
          "CallQueuedEvent",
          "CallTransferredEvent",
          "CallEndedEvent",
          "CallErrorEvent",
          "DeviceStatusChangedEvent",
          "ServiceStateChangedEvent",
          "ThresholdExceededEvent",
          "ConfigDeployedEvent");

  private static final Pattern UUID_SHAPE =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern GUID_SHAPE = Pattern.compile("[0-9A-F]{32}");
  private static final Pattern DIGITS = Pattern.compile("[0-9]{3,15}");
  private static final Pattern HOST = Pattern.compile("([a-z]+)[0-9]*(-[a-z]+[0-9]*)?(\\..+)");
  private static final ZoneOffset[] OFFSETS = {
    ZoneOffset.UTC, ZoneOffset.ofHours(-4), ZoneOffset.ofHours(2), ZoneOffset.ofHoursMinutes(5, 30)
  };
  private static final OffsetDateTime BASE = OffsetDateTime.parse("2025-05-14T15:00:00Z");

  private final Random random;

  private CvpVariants(long seed) {
    this.random = new Random(seed);
  }

  /** {@code count} events cycling over every message of the spec, all distinct. */
  public static List<CvpEvent> all(int count, long seed) {
    return of(MESSAGES, count, seed);
  }

  /** {@code count} distinct events of one message, such as {@code CallStartedEvent}. */
  public static List<CvpEvent> of(String message, int count, long seed) {
    return of(List.of(message), count, seed);
  }

  private static List<CvpEvent> of(List<String> messages, int count, long seed) {
    CvpVariants variants = new CvpVariants(seed);
    List<JsonNode> samples = new ArrayList<>();
    for (String message : messages) {
      samples.add(sample(message));
    }
    List<CvpEvent> events = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int kind = i % messages.size();
      JsonNode tree = variants.vary(samples.get(kind).deepCopy(), "");
      events.add(read(tree, messages.get(kind)));
    }
    if (events.stream().distinct().count() != count) {
      throw new IllegalStateException("two variants are equal");
    }
    return List.copyOf(events);
  }

  private JsonNode vary(JsonNode node, String name) {
    if (node instanceof ObjectNode object) {
      Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        field.setValue(vary(field.getValue(), field.getKey()));
      }
      return object;
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        ((com.fasterxml.jackson.databind.node.ArrayNode) node).set(i, vary(node.get(i), name));
      }
      return node;
    }
    return node.isTextual() ? new TextNode(text(node.asText())) : node;
  }

  private String text(String text) {
    if (UUID_SHAPE.matcher(text).matches()) {
      return new UUID(random.nextLong(), random.nextLong()).toString();
    }
    if (GUID_SHAPE.matcher(text).matches()) {
      return String.format("%016X%016X", random.nextLong(), random.nextLong());
    }
    if (DIGITS.matcher(text).matches()) {
      StringBuilder digits = new StringBuilder();
      digits.append((char) ('1' + random.nextInt(9)));
      while (digits.length() < text.length()) {
        digits.append((char) ('0' + random.nextInt(10)));
      }
      return digits.toString();
    }
    var host = HOST.matcher(text);
    if (text.endsWith(".example.com") && host.matches()) {
      return host.group(1) + (1 + random.nextInt(40)) + (host.group(2) == null ? "" : "-x")
          + host.group(3);
    }
    return text.length() >= 20 && text.charAt(10) == 'T' ? dateTime(text) : text;
  }

  private String dateTime(String text) {
    try {
      OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      return text;
    }
    OffsetDateTime time =
        BASE.plusSeconds(random.nextInt(86_400 * 30))
            .withOffsetSameInstant(OFFSETS[random.nextInt(OFFSETS.length)]);
    // Most senders write milliseconds; some write whole seconds.
    return random.nextInt(4) == 0
        ? time.withNano(0).toString()
        : time.withNano((random.nextInt(999) + 1) * 1_000_000).toString();
  }

  private static CvpEvent read(JsonNode tree, String message) {
    try {
      Class<? extends CvpEvent> type =
          Class.forName("com.acme.cvp.model." + message).asSubclass(CvpEvent.class);
      return CvpJson.mapper().treeToValue(tree, type);
    } catch (IOException | ClassNotFoundException e) {
      throw new IllegalStateException("a variant of " + message + " does not read: " + tree, e);
    }
  }

  private static JsonNode sample(String message) {
    try (InputStream in = CvpVariants.class.getResourceAsStream("/cvp/" + message + ".json")) {
      if (in == null) {
        throw new IllegalStateException("no sample for " + message + " on the class path");
      }
      return CvpJson.mapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
