package dev.eventgen.model;

import java.util.List;

/**
 * {@code oneOf}/{@code anyOf}: one of several object variants.
 *
 * @param discriminator the property naming the variant (spec {@code discriminator}, or a property
 *     that is {@code const} in every variant), or null if none could be found
 * @param variants the variants, each a {@link TypeRef} to an {@link ObjectType}
 * @param variantValues the discriminator value of each variant, parallel to {@code variants}; empty
 *     if there is no discriminator
 */
public record UnionType(
    String name,
    String doc,
    boolean deprecated,
    String discriminator,
    List<TypeRef> variants,
    List<String> variantValues)
    implements NamedType {

  public UnionType {
    variants = List.copyOf(variants);
    variantValues = List.copyOf(variantValues);
  }
}
