/**
 * The check stage: every problem of a resolved document, positioned, before anything is built.
 * {@link dev.eventgen.check.ErrorCode} lists every code. Keys are checked against the properties of
 * the asyncapi-core classes ({@code Grammar}, {@code Place}); rules the keys cannot express ({@code
 * RuleChecker}); and whatever asyncapi-core would drop silently ({@code DropChecker}).
 */
package dev.eventgen.check;
