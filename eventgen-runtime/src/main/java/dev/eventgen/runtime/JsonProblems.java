package dev.eventgen.runtime;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;

/**
 * Turns what Jackson throws while reading a body into a {@link Problem}: kind, message, field path
 * and byte offset.
 */
public final class JsonProblems {
  private JsonProblems() {}

  /** The problem a failed read reports. */
  public static Problem of(IOException failure) {
    if (failure instanceof StreamReadException syntax) {
      return new Problem(
          Problem.Kind.SYNTAX, syntax.getOriginalMessage(), null, offset(syntax.getLocation()));
    }
    if (failure instanceof ValueInstantiationException invalid) {
      return instantiation(invalid);
    }
    if (failure instanceof InvalidFormatException format) {
      return format(format);
    }
    if (failure instanceof JsonMappingException mapping) {
      return mapping(mapping);
    }
    return Problem.of(Problem.Kind.SYNTAX, String.valueOf(failure.getMessage()));
  }

  /**
   * A record's or enum's factory refused the values; its message says why. A required field that is
   * null fails with {@code Type.field is required}, which names the field.
   */
  private static Problem instantiation(ValueInstantiationException failure) {
    Throwable cause = failure.getCause() == null ? failure : failure.getCause();
    String message = cause.getMessage() == null ? failure.getOriginalMessage() : cause.getMessage();
    String path = path(failure);
    long offset = offset(failure.getLocation());
    if (failure.getType() != null && failure.getType().isEnumType()) {
      return new Problem(Problem.Kind.UNKNOWN_ENUM_VALUE, message, path, offset);
    }
    if (cause instanceof NullPointerException && message.endsWith(" is required")) {
      String qualified = message.substring(0, message.length() - " is required".length());
      String field = qualified.substring(qualified.lastIndexOf('.') + 1);
      return missing(message, path, field, offset);
    }
    return new Problem(Problem.Kind.INVALID_VALUE, message, path, offset);
  }

  /** A value of the right JSON type that does not convert, e.g. a bad UUID. */
  private static Problem format(InvalidFormatException failure) {
    Problem.Kind kind =
        failure.getTargetType() != null && failure.getTargetType().isEnum()
            ? Problem.Kind.UNKNOWN_ENUM_VALUE
            : Problem.Kind.INVALID_VALUE;
    return new Problem(
        kind, failure.getOriginalMessage(), path(failure), offset(failure.getLocation()));
  }

  /**
   * A value of the wrong JSON type, or a required creator property Jackson found missing (then the
   * path names the missing field).
   */
  private static Problem mapping(JsonMappingException failure) {
    String message = failure.getOriginalMessage();
    String path = path(failure);
    long offset = offset(failure.getLocation());
    if (message != null && message.startsWith("Missing required creator property")) {
      int start = message.indexOf('\'') + 1;
      String field = message.substring(start, message.indexOf('\'', start));
      return missing(message, path, field, offset);
    }
    return new Problem(Problem.Kind.INVALID_VALUE, message, path, offset);
  }

  private static Problem missing(String message, String path, String field, long offset) {
    return new Problem(
        Problem.Kind.MISSING_FIELD, message, path == null ? field : path + '.' + field, offset);
  }

  /** {@code source.hostname}, {@code targetDevices[2].status}; null for the whole body. */
  private static String path(JsonMappingException failure) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : failure.getPath()) {
      if (reference.getFieldName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.length() == 0 ? null : path.toString();
  }

  private static long offset(JsonLocation location) {
    return location == null ? -1 : location.getByteOffset();
  }
}
