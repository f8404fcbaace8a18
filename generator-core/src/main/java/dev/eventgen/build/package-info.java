/**
 * The model stage: {@link dev.eventgen.build.ModelBuilder} turns a resolved, checked document into
 * the version-neutral {@link dev.eventgen.model.Api}. Schemas go through {@code SchemaMapper} (with
 * {@code SchemaFlattener} for allOf, {@code UnionMapper}, {@code ScalarMapper} and {@code
 * TypeNames}); messages through {@code MessageNamer}, {@code MessageMapper} and {@code
 * Discriminators}; {@link dev.eventgen.build.ContentHash} fingerprints the result.
 */
package dev.eventgen.build;
