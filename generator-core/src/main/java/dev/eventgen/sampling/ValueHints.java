package dev.eventgen.sampling;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventgen.model.PayloadType;
import java.util.Random;

/**
 * Suggests realistic values for fields by their name (an ANI for {@code ani}, a current time for a
 * timestamp). A suggestion is used only where the field's schema accepts it ({@link
 * Facets#accepts}), so hints can never make a sample invalid; where they suggest nothing, or
 * something the schema refuses, the value comes from the schema alone.
 */
@FunctionalInterface
public interface ValueHints {

  /** No hints: every value from the schema alone. */
  ValueHints NONE = (name, type, random) -> null;

  /**
   * A value for a field, or null for none.
   *
   * @param name the property's wire name, e.g. {@code callGuid}
   * @param type its type
   * @param random the generator's source of randomness (use it, for determinism)
   */
  JsonNode suggest(String name, PayloadType type, Random random);
}
