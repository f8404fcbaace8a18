/**
 * The check stage: every problem of a resolved document, positioned, before anything is built.
 * {@link dev.eventgen.diagnostic.ErrorCode} lists every code. Keys and the kinds of their values
 * are checked against the properties of the asyncapi-core classes ({@code Grammar}, {@code Place}),
 * then the rules the keys cannot express ({@code RuleChecker}).
 */
package dev.eventgen.check;
