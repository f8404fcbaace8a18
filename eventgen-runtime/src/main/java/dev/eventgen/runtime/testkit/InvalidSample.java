package dev.eventgen.runtime.testkit;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A payload that breaks exactly one rule of the spec, and is otherwise a valid sample.
 *
 * @param rule the rule it breaks
 * @param pointer JSON pointer of the value that breaks it ({@code /source/hostname}); for a missing
 *     property, where it would be
 * @param detail what was done, e.g. {@code 'callGuid' is absent}
 * @param payload the whole payload
 */
public record InvalidSample(Rule rule, String pointer, String detail, JsonNode payload) {

  /** The payload as UTF-8 JSON, as a producer would send it. */
  public byte[] json() {
    return payload.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return rule + " at " + (pointer.isEmpty() ? "/" : pointer) + ": " + detail;
  }
}
