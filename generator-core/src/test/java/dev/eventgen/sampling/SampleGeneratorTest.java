package dev.eventgen.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.eventgen.SpecLoader;
import dev.eventgen.model.Api;
import dev.eventgen.model.Message;
import dev.eventgen.runtime.testkit.InvalidSample;
import dev.eventgen.runtime.testkit.Rule;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The sample generator on the CVP spec: determinism, labels, and hints kept within the schema. */
class SampleGeneratorTest {

  private static final Api API = SpecLoader.load(Path.of("../spec/cvp-call-events.yaml")).api();

  @Test
  void theSameSeedGivesTheSameSamplesAndAnotherSeedOthers() {
    SampleGenerator samples = new SampleGenerator(API);
    for (Message message : API.messages()) {
      assertEquals(samples.valid(message, 7), samples.valid(message, 7), message.name());
      assertEquals(samples.invalid(message, 7).toString(), samples.invalid(message, 7).toString());
    }
    Message first = API.messages().get(0);
    assertNotEquals(samples.valid(first, 1), samples.valid(first, 2));
  }

  @Test
  void everyVariantBreaksOneLabelledRuleAtAPlaceThatDiffers() {
    SampleGenerator samples = new SampleGenerator(API);
    Set<Rule> seen = EnumSet.noneOf(Rule.class);
    for (Message message : API.messages()) {
      JsonNode valid = samples.valid(message, 3);
      for (InvalidSample variant : samples.invalid(message, 3)) {
        seen.add(variant.rule());
        assertNotEquals(valid, variant.payload(), variant.toString());
        JsonNode before = valid.at(variant.pointer());
        JsonNode after = variant.payload().at(variant.pointer());
        assertNotEquals(before, after, variant + " changes the value at its pointer");
      }
    }
    // the CVP spec has required fields, enums, patterns, ranges, lengths and consts
    assertEquals(
        EnumSet.of(
            Rule.MISSING_REQUIRED,
            Rule.WRONG_TYPE,
            Rule.ENUM,
            Rule.PATTERN,
            Rule.CONST,
            Rule.OUT_OF_RANGE,
            Rule.LENGTH),
        seen);
  }

  @Test
  void hintsAreUsedWhereTheSchemaAcceptsThemOnly() {
    SampleGenerator hinted =
        new SampleGenerator(API, (name, type, random) -> TextNode.valueOf("HINT-" + name));
    List<String> used =
        API.messages().stream()
            .map(m -> hinted.valid(m, 5))
            .flatMap(json -> json.findValuesAsText("callGuid").stream())
            .collect(Collectors.toList());
    assertFalse(used.isEmpty());
    // callGuid has a pattern of 32 hex digits: the hint does not fit and is not used
    assertTrue(used.stream().noneMatch(v -> v.startsWith("HINT-")), used.toString());
  }
}
