package dev.eventgen.emit.syslog;

import com.palantir.javapoet.ClassName;
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
import java.time.OffsetTime;
import java.util.Base64;
import java.util.UUID;

/**
 * How a property type travels as SD params: as text through a conversion (scalars and enums), as a
 * nested object, or not at all (unions, untyped values, maps and lists of objects in maps).
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

  /**
   * A {@code Function<String, T>} reading the text of a value of the type: a method reference where
   * one reads the text as it is, else a lambda.
   */
  CodeBlock conversion(PayloadType type) {
    if (named(type) instanceof EnumType enumType) {
      ClassName enumClass = names.type(enumType.name());
      return enumType.base() == Scalar.Kind.STRING
          ? CodeBlock.of("$T::fromValue", enumClass)
          : CodeBlock.of("text -> $T.fromValue($L)", enumClass, parse(enumType.base()));
    }
    return reference(((Scalar) type).kind());
  }

  private CodeBlock reference(Scalar.Kind kind) {
    return switch (kind) {
      case STRING -> CodeBlock.of("text -> text");
      case BOOLEAN -> CodeBlock.of("$T::bool", types.fields());
      case INT -> CodeBlock.of("$T::valueOf", Integer.class);
      case LONG -> CodeBlock.of("$T::valueOf", Long.class);
      case BIG_INTEGER -> CodeBlock.of("$T::new", BigInteger.class);
      case DOUBLE -> CodeBlock.of("$T::valueOf", Double.class);
      case BIG_DECIMAL -> CodeBlock.of("$T::new", BigDecimal.class);
      case DATE_TIME -> CodeBlock.of("$T::dateTime", types.fields());
      case DATE -> CodeBlock.of("$T::parse", LocalDate.class);
      case TIME -> CodeBlock.of("$T::parse", OffsetTime.class);
      case UUID -> CodeBlock.of("$T::fromString", UUID.class);
      case URI -> CodeBlock.of("$T::create", URI.class);
      case BYTES -> CodeBlock.of("text -> $T.getDecoder().decode(text)", Base64.class);
      case ANY -> throw new IllegalArgumentException("untyped values have no SD text");
    };
  }

  /** The base value of an enum that is not a string, read from {@code text}. */
  private CodeBlock parse(Scalar.Kind kind) {
    return switch (kind) {
      case INT -> CodeBlock.of("$T.valueOf(text)", Integer.class);
      case LONG -> CodeBlock.of("$T.valueOf(text)", Long.class);
      case DOUBLE -> CodeBlock.of("$T.valueOf(text)", Double.class);
      case BOOLEAN -> CodeBlock.of("$T.bool(text)", types.fields());
      default -> CodeBlock.of("text");
    };
  }

  /**
   * A {@code Function<T, ?>} giving the SD text of a non-null value of the type, for {@link
   * SyslogTypes#params()}: an enum's wire value, base64 for bytes, or the value itself.
   */
  CodeBlock text(PayloadType type) {
    if (named(type) instanceof EnumType enumType) {
      return CodeBlock.of("$T::value", names.type(enumType.name()));
    }
    if (type instanceof Scalar scalar && scalar.kind() == Scalar.Kind.BYTES) {
      return CodeBlock.of("$T::base64", types.params());
    }
    return null;
  }
}
