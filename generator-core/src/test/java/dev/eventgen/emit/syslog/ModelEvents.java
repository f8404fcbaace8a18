package dev.eventgen.emit.syslog;

import dev.eventgen.emit.JavaNames;
import dev.eventgen.emit.records.Component;
import dev.eventgen.emit.records.PatternSamples;
import dev.eventgen.emit.records.RecordComponents;
import dev.eventgen.emit.records.TypeMapper;
import dev.eventgen.model.EnumType;
import dev.eventgen.model.ListType;
import dev.eventgen.model.MapType;
import dev.eventgen.model.NamedType;
import dev.eventgen.model.ObjectType;
import dev.eventgen.model.PayloadType;
import dev.eventgen.model.Scalar;
import dev.eventgen.model.TypeRef;
import dev.eventgen.testing.CompiledSources;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Random valid instances of the generated records of any spec, made from the model: each value
 * honours its schema's const, pattern, length and range, so the record's own checks accept it.
 * Optional fields are sometimes null; strings are full of what SD escaping and UTF-8 must carry.
 */
final class ModelEvents {

  private static final String[] TEXT = {
    "a", "Z", "0", " ", "\"", "\\", "]", "[", "=", "%", ":", "\u00e9", "\u4e2d", "\ud83d\ude00"
  };

  private final JavaNames names;
  private final CompiledSources compiled;
  private final TypeMapper mapper;
  private final Random random;

  ModelEvents(JavaNames names, CompiledSources compiled, long seed) {
    this.names = names;
    this.compiled = compiled;
    this.mapper = new TypeMapper(names);
    this.random = new Random(seed);
  }

  /** A record of the type, or null if every field came out null (it has no SD params then). */
  Object record(ObjectType type) throws ReflectiveOperationException {
    List<Component> components = RecordComponents.of(type, mapper);
    Object[] args = new Object[components.size()];
    boolean any = false;
    for (int i = 0; i < args.length; i++) {
      Component component = components.get(i);
      if (!component.isAdditionalProperties()) {
        args[i] = value(component.property().type(), component.required());
        any |= args[i] != null;
      }
    }
    if (!any) {
      return null;
    }
    Class<?> record = load(type);
    Class<?>[] parameters =
        Arrays.stream(record.getRecordComponents())
            .map(RecordComponent::getType)
            .toArray(Class<?>[]::new);
    return record.getDeclaredConstructor(parameters).newInstance(args);
  }

  private Object value(PayloadType type, boolean required) throws ReflectiveOperationException {
    if (!required && random.nextInt(4) == 0) {
      return null;
    }
    for (int attempt = 0; attempt < 20; attempt++) {
      Object value = anyValue(type);
      if (value != null || !required) {
        return value;
      }
    }
    throw new IllegalStateException("no value for required " + type);
  }

  private Object anyValue(PayloadType type) throws ReflectiveOperationException {
    if (type instanceof TypeRef ref) {
      NamedType named = names.api().resolve(ref);
      if (named instanceof ObjectType object) {
        return record(object);
      }
      if (named instanceof EnumType) {
        Object[] constants = load(named).getEnumConstants();
        return constants[random.nextInt(constants.length)];
      }
      return null; // unions travel as JSON, not as SD params
    }
    if (type instanceof ListType list) {
      List<Object> items = new ArrayList<>();
      for (int i = 1 + random.nextInt(3); i > 0; i--) {
        items.add(value(list.items(), true));
      }
      return items;
    }
    if (type instanceof MapType map) {
      Map<String, Object> entries = new LinkedHashMap<>();
      for (int i = 1 + random.nextInt(3); i > 0; i--) {
        entries.put("k" + random.nextInt(1000), value(map.values(), true));
      }
      return entries;
    }
    return scalar((Scalar) type);
  }

  private Object scalar(Scalar scalar) {
    Scalar.Constraints facets = scalar.constraints();
    if (facets.constValue() != null) {
      return constant(scalar.kind(), facets.constValue());
    }
    if (facets.pattern() != null) {
      return PatternSamples.sample(facets.pattern(), random).orElse(null);
    }
    return switch (scalar.kind()) {
      case STRING -> text(facets);
      case BOOLEAN -> random.nextBoolean();
      case INT -> (int) number(facets, Integer.MIN_VALUE, Integer.MAX_VALUE);
      case LONG -> number(facets, Long.MIN_VALUE, Long.MAX_VALUE);
      case BIG_INTEGER -> BigInteger.valueOf(number(facets, -1_000_000, 1_000_000));
      case DOUBLE -> number(facets, -1_000_000, 1_000_000) / (bounded(facets) ? 1.0 : 8.0);
      case BIG_DECIMAL -> decimal(facets);
      case DATE_TIME ->
          OffsetDateTime.ofInstant(
              Instant.ofEpochSecond(
                  random.nextInt(Integer.MAX_VALUE), random.nextInt(1_000_000) * 1000L),
              ZoneOffset.ofTotalSeconds((random.nextInt(49) - 24) * 1800));
      case DATE -> LocalDate.ofEpochDay(random.nextInt(40_000));
      case TIME ->
          OffsetTime.of(
              random.nextInt(24),
              random.nextInt(60),
              random.nextInt(60),
              0,
              ZoneOffset.ofHours(random.nextInt(25) - 12));
      case UUID -> new UUID(random.nextLong(), random.nextLong());
      case URI -> URI.create("https://example.com/r/" + random.nextInt(10_000) + "?q=a%20b");
      case BYTES, ANY -> null;
    };
  }

  private static Object constant(Scalar.Kind kind, Object value) {
    return switch (kind) {
      case INT -> ((Number) value).intValue();
      case LONG -> ((Number) value).longValue();
      default -> value;
    };
  }

  /** A whole number within the facets' range (exclusive bounds honoured) and the type's. */
  private long number(Scalar.Constraints facets, long lowest, long highest) {
    long low = low(facets, lowest);
    return low + (long) (random.nextDouble() * (high(facets, highest) - low + 1));
  }

  private static long low(Scalar.Constraints facets, long lowest) {
    return facets.minimum() == null
        ? Math.max(lowest, -1_000_000)
        : facets.minimum().longValue() + (facets.exclusiveMinimum() ? 1 : 0);
  }

  private static long high(Scalar.Constraints facets, long highest) {
    return facets.maximum() == null
        ? Math.min(highest, 1_000_000)
        : facets.maximum().longValue() - (facets.exclusiveMaximum() ? 1 : 0);
  }

  private static boolean bounded(Scalar.Constraints facets) {
    return facets.minimum() != null || facets.maximum() != null;
  }

  /** Two decimals, except at the lower bound, where a fraction below it would not do. */
  private BigDecimal decimal(Scalar.Constraints facets) {
    long whole = number(facets, -1_000_000, 1_000_000);
    return whole == low(facets, -1_000_000) || random.nextBoolean()
        ? BigDecimal.valueOf(whole)
        : BigDecimal.valueOf(whole * 100 - random.nextInt(100), 2);
  }

  private String text(Scalar.Constraints facets) {
    int min = facets.minLength() == null ? 1 : Math.max(1, facets.minLength());
    int max = facets.maxLength() == null ? 12 : Math.min(facets.maxLength(), min + 12);
    StringBuilder text = new StringBuilder();
    for (int n = min + random.nextInt(max - min + 1); n > 0; n--) {
      text.append(TEXT[random.nextInt(TEXT.length)]); // each one code point
    }
    return text.toString();
  }

  private Class<?> load(NamedType type) {
    return compiled.load(names.type(type.name()).reflectionName());
  }
}
