package dev.eventgen.model;

import java.util.List;

/**
 * A parameter of a channel address ({@code region} in {@code orders/{region}}): 3.0 writes its
 * facets on the parameter, 2.x in its {@code schema}.
 *
 * @param values the allowed values ({@code enum}), in spec order; empty if any value goes
 * @param defaultValue the {@code default}, or null
 * @param examples the {@code examples}, in spec order
 * @param location runtime expression naming where the value comes from ({@code
 *     $message.payload#/region}), or null
 */
public record ChannelParameter(
    String name,
    String description,
    List<String> values,
    String defaultValue,
    List<String> examples,
    String location) {

  public ChannelParameter {
    values = List.copyOf(values);
    examples = List.copyOf(examples);
  }
}
