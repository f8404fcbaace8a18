package dev.eventgen.runtime;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.CharConversionException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Turns what Jackson throws while reading a body into a {@link Problem}: one {@link Problem.Kind}
 * per reason, the RFC 6901 pointer of the field ({@code /source/hostname}) and the byte offset. A
 * body that is not well-formed JSON (truncated, invalid UTF-8, trailing garbage) is {@code SYNTAX}
 * wherever Jackson noticed it, never a problem of the field it was reading.
 */
public final class JsonProblems {
  private JsonProblems() {}

  /**
   * The problem a failed read of {@code body} reports. Reading stops at the first value it cannot
   * bind, before the parser has seen the rest: a body that is not well-formed after that point is
   * still a {@code SYNTAX} problem, found by scanning it (only on this failure path).
   *
   * @param factory the reader's, to scan the body with
   */
  public static Problem of(IOException failure, byte[] body, JsonFactory factory) {
    Problem problem = of(failure);
    if (problem.kind() == Problem.Kind.SYNTAX) {
      return problem;
    }
    try (JsonParser parser = factory.createParser(body)) {
      while (parser.nextToken() != null) {
        parser.skipChildren();
      }
    } catch (IOException syntax) {
      Problem scanned = of(syntax);
      return scanned.kind() == Problem.Kind.SYNTAX ? scanned : problem;
    }
    return problem;
  }

  /** The problem a failed read reports. */
  public static Problem of(IOException failure) {
    Throwable syntax = syntaxCause(failure);
    if (syntax != null) {
      String message =
          syntax instanceof StreamReadException read
              ? read.getOriginalMessage()
              : String.valueOf(syntax.getMessage());
      long offset =
          syntax instanceof StreamReadException read ? offset(read.getLocation()) : offset(failure);
      return new Problem(Problem.Kind.SYNTAX, message, null, offset);
    }
    if (failure instanceof InputCoercionException range) {
      return new Problem(
          Problem.Kind.OUT_OF_RANGE, range.getOriginalMessage(), null, offset(range.getLocation()));
    }
    if (failure instanceof ValueInstantiationException invalid) {
      return instantiation(invalid);
    }
    if (failure instanceof JsonMappingException mapping) {
      return mapping(mapping);
    }
    return Problem.of(Problem.Kind.SYNTAX, String.valueOf(failure.getMessage()));
  }

  /**
   * A record's or enum's factory refused the values: a {@link Checks.Violation} says which rule and
   * component, {@code Type.field is required} names a missing field.
   */
  private static Problem instantiation(ValueInstantiationException failure) {
    Throwable cause = failure.getCause() == null ? failure : failure.getCause();
    String message = cause.getMessage() == null ? failure.getOriginalMessage() : cause.getMessage();
    String path = path(failure);
    long offset = offset(failure.getLocation());
    JavaType type = failure.getType();
    if (type != null && type.isEnumType()) {
      return new Problem(Problem.Kind.UNKNOWN_ENUM_VALUE, message, path, offset);
    }
    if (cause instanceof Checks.Violation violation) {
      String field = JsonPointers.property(path, wireName(type, violation.component()));
      return new Problem(violation.kind(), message, field + violation.pointer(), offset);
    }
    if (cause instanceof NullPointerException && message.endsWith(" is required")) {
      String qualified = message.substring(0, message.length() - " is required".length());
      String component = qualified.substring(qualified.indexOf('.') + 1);
      return new Problem(
          Problem.Kind.MISSING_FIELD,
          message,
          JsonPointers.property(path, wireName(type, component)),
          offset);
    }
    return new Problem(Problem.Kind.INVALID_FORMAT, message, path, offset);
  }

  /**
   * What Jackson itself refuses: a value of the wrong JSON type, text that is no value of its Java
   * type, an unknown enum value or union variant, a property a closed record does not have, or a
   * required creator property that is missing.
   */
  private static Problem mapping(JsonMappingException failure) {
    String message = failure.getOriginalMessage();
    String path = path(failure);
    long offset = offset(failure.getLocation());
    if (failure.getCause() instanceof Checks.Violation violation) {
      return new Problem(violation.kind(), violation.getMessage(), path, offset);
    }
    if (failure instanceof InvalidFormatException format) {
      return new Problem(formatKind(format), message, path, offset);
    }
    if (failure instanceof UnrecognizedPropertyException) {
      return new Problem(Problem.Kind.UNEXPECTED_PROPERTY, message, path, offset);
    }
    if (failure instanceof InvalidTypeIdException) {
      return new Problem(Problem.Kind.NO_MATCHING_VARIANT, message, path, offset);
    }
    if (message != null && message.startsWith("Missing required creator property")) {
      int start = message.indexOf('\'') + 1;
      String field = message.substring(start, message.indexOf('\'', start));
      return new Problem(
          Problem.Kind.MISSING_FIELD, message, JsonPointers.property(path, field), offset);
    }
    if (failure instanceof MismatchedInputException
        && message != null
        && message.startsWith("No content to map")) {
      return new Problem(Problem.Kind.SYNTAX, message, null, offset);
    }
    return new Problem(Problem.Kind.WRONG_TYPE, message, path, offset);
  }

  /**
   * Text that names no enum constant, a number with a fraction for an integer ({@code WRONG_TYPE})
   * or beyond its Java type ({@code OUT_OF_RANGE}), else text that is no value of the format.
   */
  private static Problem.Kind formatKind(InvalidFormatException failure) {
    Class<?> target = failure.getTargetType();
    String message = String.valueOf(failure.getOriginalMessage());
    if (target != null && target.isEnum()) {
      return Problem.Kind.UNKNOWN_ENUM_VALUE;
    }
    if (message.startsWith("Cannot coerce")) {
      return Problem.Kind.WRONG_TYPE; // a refused coercion: 5008 for a string, "1" for a number
    }
    if (failure.getValue() instanceof Number number) {
      boolean integral =
          target == Integer.class || target == Long.class || target == BigInteger.class;
      BigDecimal value =
          number instanceof BigDecimal decimal ? decimal : new BigDecimal(number.toString());
      return integral && Checks.isMultiple(value, BigDecimal.ONE)
          ? Problem.Kind.OUT_OF_RANGE
          : Problem.Kind.WRONG_TYPE;
    }
    return Problem.Kind.INVALID_FORMAT;
  }

  private static String wireName(JavaType type, String component) {
    return wireName(type == null ? null : type.getRawClass(), component);
  }

  /**
   * The JSON name of a record component: its {@code @JsonProperty}, else its Java name.
   *
   * @param type the record, or null if unknown
   * @param component the component's Java name
   */
  public static String wireName(Class<?> type, String component) {
    if (type == null) {
      return component;
    }
    try {
      JsonProperty property = type.getDeclaredField(component).getAnnotation(JsonProperty.class);
      return property == null || property.value().isEmpty() ? component : property.value();
    } catch (NoSuchFieldException e) {
      return component;
    }
  }

  /** The failure that makes the body not well-formed, if that is what went wrong. */
  private static Throwable syntaxCause(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      boolean syntax =
          t instanceof StreamReadException && !(t instanceof InputCoercionException)
              || t instanceof CharConversionException;
      if (syntax) {
        return t;
      }
    }
    return null;
  }

  /** {@code /source/hostname}, {@code /targetDevices/2/status}; null for the whole body. */
  private static String path(JsonMappingException failure) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : failure.getPath()) {
      if (reference.getFieldName() != null) {
        path.append(JsonPointers.property("", reference.getFieldName()));
      } else if (reference.getIndex() >= 0) {
        path.append('/').append(reference.getIndex());
      }
    }
    return path.length() == 0 ? null : path.toString();
  }

  private static long offset(Throwable failure) {
    return failure instanceof StreamReadException read
        ? offset(read.getLocation())
        : failure instanceof JsonMappingException mapping ? offset(mapping.getLocation()) : -1;
  }

  private static long offset(JsonLocation location) {
    return location == null ? -1 : location.getByteOffset();
  }
}
