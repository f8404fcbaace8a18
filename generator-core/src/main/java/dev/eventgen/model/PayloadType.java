package dev.eventgen.model;

/**
 * The shape of a value. Named types ({@link ObjectType}, {@link EnumType}, {@link UnionType}) are
 * listed once in {@link Api#types()} and referred to elsewhere by {@link TypeRef}, which lets
 * recursive schemas stay finite.
 */
public sealed interface PayloadType permits Scalar, TypeRef, ListType, MapType, NamedType {}
