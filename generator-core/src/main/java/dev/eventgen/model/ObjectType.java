package dev.eventgen.model;

import java.util.List;
import java.util.Optional;

/**
 * An object schema ({@code allOf} already flattened into it).
 *
 * @param properties in spec order (allOf parts in order, later parts refining earlier ones)
 * @param additionalProperties type of extra properties, or null if they are not modelled
 * @param closed true if the schema allows no other properties ({@code additionalProperties: false},
 *     no {@code patternProperties}): the record refuses them
 */
public record ObjectType(
    String name,
    String doc,
    boolean deprecated,
    List<Property> properties,
    PayloadType additionalProperties,
    boolean closed)
    implements NamedType {

  public ObjectType {
    properties = List.copyOf(properties);
  }

  /** An object that tolerates properties it does not name. */
  public ObjectType(
      String name,
      String doc,
      boolean deprecated,
      List<Property> properties,
      PayloadType additionalProperties) {
    this(name, doc, deprecated, properties, additionalProperties, false);
  }

  public Optional<Property> property(String wireName) {
    return properties.stream().filter(p -> p.wireName().equals(wireName)).findFirst();
  }
}
