package dev.eventgen.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.Function;

/**
 * Integers as JSON Schema reads them: a number without a fraction, written {@code 5} or {@code
 * 5.0}. A fraction ({@code 5.5}) is no integer; a value beyond the Java type is out of its range.
 * Jackson's own readers either refuse {@code 5.0} or truncate {@code 5.5} to {@code 5}.
 */
final class ExactIntegers {
  private ExactIntegers() {}

  /** Readers for {@code Integer}, {@code Long} and {@code BigInteger}. */
  static SimpleModule module() {
    SimpleModule module = new SimpleModule("eventgen-exact-integers");
    module.addDeserializer(Integer.class, new Exact<>(Integer.class, BigInteger::intValueExact));
    module.addDeserializer(Long.class, new Exact<>(Long.class, BigInteger::longValueExact));
    module.addDeserializer(BigInteger.class, new Exact<>(BigInteger.class, big -> big));
    return module;
  }

  /** Reads one integer type from a JSON number, exactly. */
  private static final class Exact<T> extends StdScalarDeserializer<T> {
    private static final long serialVersionUID = 1L;

    private final transient Function<BigInteger, T> convert;

    Exact(Class<T> type, Function<BigInteger, T> convert) {
      super(type);
      this.convert = convert;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken token = p.currentToken();
      if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
        return (T) ctxt.handleUnexpectedToken(handledType(), p);
      }
      BigDecimal value =
          token == JsonToken.VALUE_NUMBER_INT
              ? new BigDecimal(p.getBigIntegerValue())
              : p.getDecimalValue();
      BigInteger integral;
      try {
        integral = value.toBigIntegerExact();
      } catch (ArithmeticException e) {
        return (T) ctxt.handleWeirdNumberValue(handledType(), value, "not an integer");
      }
      try {
        return convert.apply(integral);
      } catch (ArithmeticException e) {
        return (T)
            ctxt.handleWeirdNumberValue(
                handledType(), value, "out of range of " + handledType().getSimpleName());
      }
    }
  }
}
