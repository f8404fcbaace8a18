/**
 * The front of the pipeline, the stages that {@link dev.eventgen.SpecLoader} drives: read ({@link
 * dev.eventgen.parse.SpecReader}: YAML or JSON into a Jackson tree plus a {@link
 * dev.eventgen.parse.PositionIndex}), resolve ({@link dev.eventgen.parse.RefResolver}, with {@link
 * dev.eventgen.parse.Origins} keeping every node's own file and position) and trait merging ({@link
 * dev.eventgen.parse.TraitMerger}). {@link dev.eventgen.parse.Layout} is the one place that knows
 * where AsyncAPI 2.x and 3.0 put servers, channels, operations and messages; {@link
 * dev.eventgen.parse.SpecPositions} locates any pointer of the document afterwards.
 */
package dev.eventgen.parse;
