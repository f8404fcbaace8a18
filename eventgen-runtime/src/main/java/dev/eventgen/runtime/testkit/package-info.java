/**
 * Random sample events for tests and simulations: {@link dev.eventgen.runtime.testkit.Sampler}
 * makes valid payloads of each message from its {@link dev.eventgen.runtime.testkit.SampleSchema}
 * (enums, consts, patterns, formats, bounds, required and optional fields), the same for the same
 * seed, and invalid ones that each break one {@link dev.eventgen.runtime.testkit.Rule}. Strings for
 * a {@code pattern} come from RgxGen ({@code com.github.curious-odd-man:rgxgen}), which must be on
 * the class path where patterns are sampled.
 */
package dev.eventgen.runtime.testkit;
