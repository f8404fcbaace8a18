package dev.eventgen.emit.syslog;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Random, valid instances of generated records, built through their canonical constructors: every
 * component filled (optional ones sometimes null), strings full of the characters SD escaping
 * and UTF-8 must survive. Fields with spec constraints are given conforming values by name.
 */
final class RandomEvents {

  private static final String[] TEXT = {"a", "Z", "0", " ", "\"", "\\", "]", "[", "=", "%", ":",
      "\u00e9", "\u4e2d", "\ud83d\ude00"};
  private static final Map<String, String> EVENT_TYPES = Map.of(
      "CallStartedEvent", "call.started",
      "ThresholdExceededEvent", "system.threshold_exceeded",
      "ConfigDeployedEvent", "deployment.config_deployed");

  private final Random random;

  RandomEvents(long seed) {
    this.random = new Random(seed);
  }

  Object record(Class<?> type) throws ReflectiveOperationException {
    RecordComponent[] components = type.getRecordComponents();
    Object[] args = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      args[i] = value(type, components[i].getName(), components[i].getGenericType());
    }
    if (java.util.Arrays.stream(args).allMatch(java.util.Objects::isNull)) {
      return null; // an object without fields has no SD params: it reads back as absent
    }
    return type.getDeclaredConstructor(types).newInstance(args);
  }

  private Object value(Class<?> owner, String name, Type type)
      throws ReflectiveOperationException {
    boolean required = List.of("eventId", "eventType", "timestamp", "severity", "source",
        "callGuid", "hostname", "deviceType", "thresholdPercent", "deviceId", "status")
        .contains(name) || name.endsWith("[]") || name.endsWith("{}"); // items are never null
    if (!required && random.nextInt(4) == 0) {
      return null;
    }
    if (type instanceof ParameterizedType generic) {
      Type[] args = generic.getActualTypeArguments();
      if (generic.getRawType() == List.class) {
        List<Object> items = new ArrayList<>();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
          items.add(value(owner, name + "[]", args[0]));
        }
        return items;
      }
      Map<String, Object> map = new LinkedHashMap<>();
      for (int i = 1 + random.nextInt(3); i > 0; i--) {
        map.put("k" + random.nextInt(1000), value(owner, name + "{}", args[1]));
      }
      return map;
    }
    return scalar(owner, name, (Class<?>) type);
  }

  private Object scalar(Class<?> owner, String name, Class<?> type)
      throws ReflectiveOperationException {
    if (name.equals("eventType")) {
      return EVENT_TYPES.get(owner.getSimpleName());
    }
    if (name.equals("callGuid")) {
      return String.format("%016X%016X", random.nextLong(), random.nextLong());
    }
    if (name.equals("localTimeZoneOffset")) {
      return -720 + random.nextInt(1561);
    }
    if (type == String.class) {
      return text(1 + random.nextInt(12));
    }
    if (type.isEnum()) {
      Object[] constants = type.getEnumConstants();
      return constants[random.nextInt(constants.length)];
    }
    if (type.isRecord()) {
      return record(type);
    }
    return simple(type);
  }

  private Object simple(Class<?> type) {
    if (type == UUID.class) {
      return new UUID(random.nextLong(), random.nextLong());
    }
    if (type == OffsetDateTime.class) {
      return OffsetDateTime.ofInstant(
          Instant.ofEpochSecond(random.nextInt(Integer.MAX_VALUE), random.nextInt(1_000_000) * 1000L),
          ZoneOffset.ofTotalSeconds((random.nextInt(49) - 24) * 1800));
    }
    if (type == Integer.class) {
      return random.nextInt();
    }
    if (type == Long.class) {
      return random.nextLong();
    }
    if (type == Boolean.class) {
      return random.nextBoolean();
    }
    if (type == BigDecimal.class) {
      return BigDecimal.valueOf(random.nextLong(), random.nextInt(6));
    }
    if (type == URI.class) {
      return URI.create("https://example.com/r/" + random.nextInt(10_000) + "?q=a%20b");
    }
    throw new IllegalArgumentException("no random value for " + type);
  }

  private String text(int parts) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < parts; i++) {
      text.append(TEXT[random.nextInt(TEXT.length)]);
    }
    return text.toString();
  }
}
