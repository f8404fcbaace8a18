package dev.eventgen.runtime;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;

/**
 * The JSON setup generated code reads and writes events with. Each API's generated JSON holder
 * ({@code <Api>Json}) keeps one mapper made by {@link #newMapper()}; share it, it is thread-safe
 * once configured, and do not reconfigure it (use {@code mapper.copy()} for a variant). Its
 * settings:
 *
 * <ul>
 *   <li>Java time types ({@code OffsetDateTime}, ...) via the JSR-310 module;
 *   <li>dates written as ISO-8601 text, not epoch numbers;
 *   <li>offsets kept as received ({@code +02:00} stays {@code +02:00}), not shifted to UTC (a zero
 *       fraction is not written back: {@code .000Z} becomes {@code Z}, same instant);
 *   <li>unknown properties ignored (tolerant reader: newer producers may add optional fields);
 *       missing ones become null and are checked by the records themselves;
 *   <li>null components omitted on output;
 *   <li>decimals in a tree keep their scale ({@code 781760} does not become {@code 7.8176E+5});
 *   <li>integers as JSON Schema counts them: {@code 5} and {@code 5.0}, not {@code 5.5}; a value
 *       beyond the Java type is out of range, never truncated; untyped numbers with a fraction are
 *       read as {@code BigDecimal}, exactly;
 *   <li>no scalar is coerced into another type: {@code -240.7} is no integer, {@code "-240"} no
 *       number, {@code 5008} no string, {@code "true"} no boolean, {@code ""} no number, a single
 *       value no list. The records promise values "validated against the spec", and a silent
 *       conversion would change what the producer sent.
 * </ul>
 */
public final class EventJson {
  private EventJson() {}

  /** A new mapper with the settings above. */
  public static ObjectMapper newMapper() {
    JsonMapper mapper =
        JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(ExactIntegers.module())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .defaultPropertyInclusion(
                JsonInclude.Value.construct(
                    JsonInclude.Include.NON_NULL, JsonInclude.Include.USE_DEFAULTS))
            .build();
    refuseCoercions(mapper);
    return mapper;
  }

  /** Scalars of one JSON type are never read as another Java type (see the class comment). */
  private static void refuseCoercions(JsonMapper mapper) {
    mapper
        .coercionConfigDefaults()
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    mapper
        .coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    for (LogicalType type : new LogicalType[] {LogicalType.Boolean, LogicalType.Textual}) {
      mapper
          .coercionConfigFor(type)
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }
  }

  /**
   * A reader for one event type, to prepare once: trailing garbage after the value is an error.
   *
   * @param mapper the API's mapper
   * @param type the event type
   */
  public static ObjectReader reader(ObjectMapper mapper, Class<?> type) {
    return mapper.readerFor(type).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /**
   * A {@link Dispatch.Decoder} reading a body as UTF-8 JSON with {@code reader}; what Jackson
   * throws becomes a {@link Problem} through {@link JsonProblems}: a body that is not well-formed
   * is a {@code SYNTAX} problem even where a field's value failed first.
   *
   * @param reader from {@link #reader}
   * @param <T> the event type
   */
  public static <T> Dispatch.Decoder<T> decoder(ObjectReader reader) {
    return body -> {
      try {
        return reader.readValue(body);
      } catch (IOException e) {
        throw new Dispatch.DecodeException(JsonProblems.of(e, body, reader.getFactory()));
      }
    };
  }
}
