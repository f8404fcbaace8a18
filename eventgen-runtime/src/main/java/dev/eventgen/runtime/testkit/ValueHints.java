package dev.eventgen.runtime.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Random;

/**
 * Suggests realistic values for fields by their name (an ANI for {@code ani}, a current time for a
 * timestamp). A suggestion is used only where the field's schema accepts it ({@link
 * Sampler#accepts}), so hints can never make a sample invalid; where they suggest nothing, or
 * something the schema refuses, the value comes from the schema alone.
 */
@FunctionalInterface
public interface ValueHints {

  /** No hints: every value from the schema alone. */
  ValueHints NONE = (name, kind, random) -> null;

  /**
   * A value for a field, or null for none.
   *
   * @param name the property's wire name, e.g. {@code callGuid}
   * @param kind its type's kind in the {@link SampleSchema}: {@code DATE_TIME}, {@code STRING},
   *     {@code OBJECT}, ...
   * @param random the generator's source of randomness (use it, for determinism)
   */
  JsonNode suggest(String name, String kind, Random random);
}
