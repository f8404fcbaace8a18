package dev.eventgen.demo.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventgen.runtime.EventJson;

/** The shared mapper, configured as the records target configures it. */
public final class DemoJson {

  private static final ObjectMapper MAPPER = EventJson.newMapper();

  private DemoJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
