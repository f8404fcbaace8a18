package dev.eventgen.model;

import java.util.List;

/**
 * An enumeration.
 *
 * @param base kind of the wire values: {@link Scalar.Kind#STRING}, {@link Scalar.Kind#LONG} or
 *     {@link Scalar.Kind#INT} (integers), {@link Scalar.Kind#DOUBLE} or {@link Scalar.Kind#BOOLEAN}
 * @param values wire values in spec order, as String, Long, BigDecimal or Boolean
 */
public record EnumType(
    String name, String doc, boolean deprecated, Scalar.Kind base, List<Object> values)
    implements NamedType {

  public EnumType {
    values = List.copyOf(values);
  }
}
