package dev.eventgen.emit.records;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.eventgen.emit.JavaNames;
import dev.eventgen.model.ListType;
import dev.eventgen.model.MapType;
import dev.eventgen.model.NamedType;
import dev.eventgen.model.PayloadType;
import dev.eventgen.model.Scalar;
import dev.eventgen.model.TypeRef;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Maps model types to Java types. Scalars are always boxed, so a missing value stays {@code null}
 * and a missing required field is detected instead of silently becoming {@code 0}.
 */
public final class TypeMapper {

  private final JavaNames names;

  public TypeMapper(JavaNames names) {
    this.names = names;
  }

  public TypeName map(PayloadType type) {
    if (type instanceof Scalar scalar) {
      return scalar(scalar.kind());
    }
    if (type instanceof TypeRef ref) {
      return names.type(ref);
    }
    if (type instanceof NamedType named) {
      return names.type(named.name());
    }
    if (type instanceof ListType list) {
      return ParameterizedTypeName.get(ClassName.get(List.class), map(list.items()));
    }
    MapType map = (MapType) type;
    return ParameterizedTypeName.get(
        ClassName.get(Map.class), ClassName.get(String.class), map(map.values()));
  }

  public static TypeName scalar(Scalar.Kind kind) {
    return switch (kind) {
      case STRING -> ClassName.get(String.class);
      case BOOLEAN -> ClassName.get(Boolean.class);
      case INT -> ClassName.get(Integer.class);
      case LONG -> ClassName.get(Long.class);
      case BIG_INTEGER -> ClassName.get(BigInteger.class);
      case DOUBLE -> ClassName.get(Double.class);
      case BIG_DECIMAL -> ClassName.get(BigDecimal.class);
      case DATE_TIME -> ClassName.get(OffsetDateTime.class);
      case DATE -> ClassName.get(LocalDate.class);
      case TIME -> ClassName.get(OffsetTime.class);
      case UUID -> ClassName.get(UUID.class);
      case URI -> ClassName.get(URI.class);
      case BYTES -> ArrayTypeName.of(TypeName.BYTE);
      case ANY -> Jackson.JSON_NODE;
    };
  }

  /** True if the type is, or contains, a named type the spec deprecates. */
  boolean mentionsDeprecated(PayloadType type) {
    if (type instanceof TypeRef ref) {
      return names.api().resolve(ref).deprecated();
    }
    if (type instanceof NamedType named) {
      return named.deprecated();
    }
    if (type instanceof ListType list) {
      return mentionsDeprecated(list.items());
    }
    return type instanceof MapType map && mentionsDeprecated(map.values());
  }
}
