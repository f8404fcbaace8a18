package dev.eventgen.emit.syslog;

import com.palantir.javapoet.CodeBlock;
import dev.eventgen.emit.JavaNames;
import dev.eventgen.model.Api;
import dev.eventgen.model.EnumType;
import dev.eventgen.model.ListType;
import dev.eventgen.model.MapType;
import dev.eventgen.model.NamedType;
import dev.eventgen.model.ObjectType;
import dev.eventgen.model.PayloadType;
import dev.eventgen.model.Scalar;
import dev.eventgen.model.TypeRef;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.util.Base64;
import java.util.UUID;

/**
 * How a property type travels as SD params: as text through a conversion (scalars and enums), as
 * a nested object, or not at all (unions, untyped values, maps and lists of objects in maps).
 */
final class FieldKinds {

  private final Api api;
  private final JavaNames names;
  private final SyslogTypes types;

  FieldKinds(SyslogTypes types) {
    this.types = types;
    this.names = types.names();
    this.api = names.api();
  }

  /** The named type behind a reference, or null. */
  NamedType named(PayloadType type) {
    if (type instanceof TypeRef ref) {
      return api.resolve(ref);
    }
    return type instanceof NamedType named ? named : null;
  }

  ObjectType object(PayloadType type) {
    return named(type) instanceof ObjectType object ? object : null;
  }

  /** True if values of the type are single SD values. */
  boolean isText(PayloadType type) {
    if (type instanceof Scalar scalar) {
      return scalar.kind() != Scalar.Kind.ANY;
    }
    return named(type) instanceof EnumType;
  }

  boolean isEnum(PayloadType type) {
    return named(type) instanceof EnumType;
  }

  /** The item type of a list, or null. */
  PayloadType items(PayloadType type) {
    return type instanceof ListType list ? list.items() : null;
  }

  /** The value type of a map, or null. */
  PayloadType mapValues(PayloadType type) {
    return type instanceof MapType map ? map.values() : null;
  }

  /** A {@code Function<String, T>} reading the text of a value of the type. */
  CodeBlock conversion(PayloadType type) {
    CodeBlock text = CodeBlock.of("text");
    if (named(type) instanceof EnumType enumType) {
      return CodeBlock.of(
          "text -> $T.fromValue($L)", names.type(enumType.name()), parse(enumType.base(), text));
    }
    return CodeBlock.of("text -> $L", parse(((Scalar) type).kind(), text));
  }

  private CodeBlock parse(Scalar.Kind kind, CodeBlock text) {
    return switch (kind) {
      case STRING -> text;
      case BOOLEAN -> CodeBlock.of("$T.bool($L)", types.fields(), text);
      case INT -> CodeBlock.of("$T.valueOf($L)", Integer.class, text);
      case LONG -> CodeBlock.of("$T.valueOf($L)", Long.class, text);
      case BIG_INTEGER -> CodeBlock.of("new $T($L)", BigInteger.class, text);
      case DOUBLE -> CodeBlock.of("$T.valueOf($L)", Double.class, text);
      case BIG_DECIMAL -> CodeBlock.of("new $T($L)", BigDecimal.class, text);
      case DATE_TIME -> CodeBlock.of("$T.parse($L)", OffsetDateTime.class, text);
      case DATE -> CodeBlock.of("$T.parse($L)", LocalDate.class, text);
      case TIME -> CodeBlock.of("$T.parse($L)", OffsetTime.class, text);
      case UUID -> CodeBlock.of("$T.fromString($L)", UUID.class, text);
      case URI -> CodeBlock.of("$T.create($L)", URI.class, text);
      case BYTES -> CodeBlock.of("$T.getDecoder().decode($L)", Base64.class, text);
      case ANY -> throw new IllegalArgumentException("untyped values have no SD text");
    };
  }

  /** The SD text of {@code value}, an expression of the type known to be non-null. */
  CodeBlock text(PayloadType type, CodeBlock value) {
    if (isEnum(type)) {
      return CodeBlock.of("String.valueOf($L.value())", value);
    }
    if (type instanceof Scalar scalar && scalar.kind() == Scalar.Kind.BYTES) {
      return CodeBlock.of("$T.getEncoder().encodeToString($L)", Base64.class, value);
    }
    return CodeBlock.of("String.valueOf($L)", value);
  }
}
