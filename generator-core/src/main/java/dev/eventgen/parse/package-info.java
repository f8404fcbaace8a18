/**
 * The front of the pipeline: {@link dev.eventgen.parse.SpecLoader} runs read ({@link
 * dev.eventgen.parse.SpecReader}: YAML or JSON into a Jackson tree plus a {@link
 * dev.eventgen.parse.PositionIndex}), resolve ({@link dev.eventgen.parse.RefResolver}, with {@link
 * dev.eventgen.parse.Origins} keeping every node's own file and position), the check stage, trait merging ({@link dev.eventgen.parse.TraitMerger}) and the model stage, with one gate
 * after each. {@link dev.eventgen.parse.Layout} is the one place that knows where AsyncAPI 2.x and
 * 3.0 put servers, channels, operations and messages.
 */
package dev.eventgen.parse;
