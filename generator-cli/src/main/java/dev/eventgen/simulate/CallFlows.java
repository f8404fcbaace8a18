package dev.eventgen.simulate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.eventgen.model.Api;
import dev.eventgen.model.Message;
import dev.eventgen.model.ObjectType;
import dev.eventgen.model.Property;
import dev.eventgen.model.TypeRef;
import dev.eventgen.sampling.SampleGenerator;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Calls as a contact center's voice portal reports them: each call's events share one call id and
 * come in order (started, application invoked, queued, transferred, ended), with error events
 * between, several calls at once, and system events (devices, thresholds) among them.
 *
 * <p>Everything comes from the spec: a call message is one whose payload has the correlation id
 * field; its stage is read from its name; the call's context (the fields every call message has but
 * not every message, such as ANI and DNIS) is set once per call. Durations and start and end times
 * follow the call's clock where fields of those names exist. A spec without call messages gives
 * plain random events.
 */
public final class CallFlows implements EventSource {

  /** Stages in call order, by words of the message name. */
  private static final List<List<String>> STAGES =
      List.of(
          List.of("start"),
          List.of("application", "invoke"),
          List.of("queue"),
          List.of("transfer"),
          List.of("end"));

  private static final int ACTIVE_CALLS = 12;
  private static final double SYSTEM_SHARE = 0.1;
  private static final double ERROR_SHARE = 0.08;

  private final SampleGenerator samples;
  private final Api api;
  private final double invalidShare;
  private final Random random;
  private final String callIdField;
  private final List<Message> stages = new ArrayList<>();
  private final List<Message> extras = new ArrayList<>();
  private final List<Message> system = new ArrayList<>();
  private final Set<String> context = new HashSet<>();
  private final List<Call> active = new ArrayList<>();
  private final RandomTraffic fallback;

  /** One call in progress: its shared fields, the stages still to send, whether it started. */
  private static final class Call {
    final Map<String, JsonNode> shared;
    final Deque<Message> next;
    final OffsetDateTime start;
    boolean started;

    Call(Map<String, JsonNode> shared, Deque<Message> next, OffsetDateTime start) {
      this.shared = shared;
      this.next = next;
      this.start = start;
    }
  }

  public CallFlows(
      SampleGenerator samples, List<Message> messages, double invalidShare, Random random) {
    this.samples = samples;
    this.api = samples.api();
    this.invalidShare = invalidShare;
    this.random = random;
    this.fallback = new RandomTraffic(samples, messages, invalidShare, random);
    this.callIdField = callIdField(messages);
    if (callIdField == null) {
      system.addAll(messages);
      return;
    }
    List<Message> calls = new ArrayList<>();
    for (Message message : messages) {
      (fields(message).contains(callIdField) ? calls : system).add(message);
    }
    for (List<String> words : STAGES) {
      calls.stream().filter(m -> named(m, words)).findFirst().ifPresent(stages::add);
    }
    calls.stream().filter(m -> !stages.contains(m)).forEach(extras::add);
    // the call's context: what every stage carries (an error event may carry only the id)
    List<Message> staged = stages.isEmpty() ? calls : stages;
    context.addAll(fields(staged.get(0)));
    staged.forEach(m -> context.retainAll(fields(m)));
    if (!system.isEmpty()) {
      Set<String> everywhere = new HashSet<>(context);
      system.forEach(m -> everywhere.retainAll(fields(m)));
      context.removeAll(everywhere); // envelope fields: each event has its own
    }
    context.add(callIdField);
  }

  @Override
  public Outgoing next() {
    if (stages.isEmpty()) {
      return fallback.next();
    }
    if (!system.isEmpty() && random.nextDouble() < SYSTEM_SHARE) {
      Message message = system.get(random.nextInt(system.size()));
      return RandomTraffic.event(
          samples, message, samples.valid(message, random), invalidShare, random);
    }
    while (active.size() < ACTIVE_CALLS) {
      active.add(newCall());
    }
    Call call = active.get(random.nextInt(active.size()));
    Message message;
    if (!extras.isEmpty() && call.started && random.nextDouble() < ERROR_SHARE) {
      message = extras.get(random.nextInt(extras.size()));
    } else {
      message = call.next.poll();
      call.started = true;
      if (call.next.isEmpty()) {
        active.remove(call);
      }
    }
    ObjectNode payload = (ObjectNode) samples.valid(message, random);
    call.shared.forEach((name, value) -> set(message, payload, name, value));
    clock(message, payload, call.start);
    return RandomTraffic.event(samples, message, payload, invalidShare, random);
  }

  private Call newCall() {
    Deque<Message> next = new ArrayDeque<>();
    for (Message stage : stages) {
      boolean optional = stage != stages.get(0) && stage != stages.get(stages.size() - 1);
      if (!optional || random.nextDouble() < 0.7) {
        next.add(stage);
      }
    }
    // every context field gets a value, optional or not: each event of the call carries them
    Map<String, JsonNode> shared = new LinkedHashMap<>();
    ObjectType first = payloadType(stages.get(0)).orElseThrow();
    for (String name : context) {
      first.property(name).ifPresent(p -> shared.put(name, samples.value(name, p.type(), random)));
    }
    return new Call(
        shared, next, OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS));
  }

  /** Start and end times and durations on the call's clock, where the schema has such fields. */
  private void clock(Message message, ObjectNode payload, OffsetDateTime start) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    int seconds = (int) Math.max(0, ChronoUnit.SECONDS.between(start, now));
    for (String name : List.copyOf(fieldNames(payload))) {
      String key = name.toLowerCase(Locale.ROOT);
      if (key.startsWith("start") && key.contains("time")) {
        set(message, payload, name, TextNode.valueOf(start.toString()));
      } else if (key.startsWith("end") && key.contains("time")) {
        set(message, payload, name, TextNode.valueOf(now.toString()));
      } else if (key.equals("durationseconds")) {
        set(message, payload, name, IntNode.valueOf(seconds));
      }
    }
  }

  /** Sets a top-level field if the message's schema has it and accepts the value. */
  private void set(Message message, ObjectNode payload, String name, JsonNode value) {
    payloadType(message)
        .flatMap(type -> type.property(name))
        .filter(p -> samples.accepts(p.type(), value))
        .ifPresent(p -> payload.set(name, value));
  }

  private Optional<ObjectType> payloadType(Message message) {
    return message.payload() instanceof TypeRef ref && api.resolve(ref) instanceof ObjectType o
        ? Optional.of(o)
        : Optional.empty();
  }

  private Set<String> fields(Message message) {
    Set<String> names = new HashSet<>();
    payloadType(message)
        .ifPresent(t -> t.properties().stream().map(Property::wireName).forEach(names::add));
    return names;
  }

  private static List<String> fieldNames(JsonNode payload) {
    List<String> names = new ArrayList<>();
    payload.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** The top-level payload field most call messages name as their correlation id, or null. */
  private static String callIdField(List<Message> messages) {
    Map<String, Integer> votes = new LinkedHashMap<>();
    for (Message message : messages) {
      String location = message.correlationIdLocation();
      if (location != null && location.startsWith("$message.payload#/")) {
        String field = location.substring("$message.payload#/".length());
        if (!field.contains("/")) {
          votes.merge(field, 1, Integer::sum);
        }
      }
    }
    return votes.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  private static boolean named(Message message, List<String> words) {
    String name = message.name().toLowerCase(Locale.ROOT);
    return words.stream().anyMatch(name::contains);
  }
}
