package dev.eventgen.demo.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** An enum with wire values that differ from the constant names. */
public enum Color {
  RED("red"),
  DARK_BLUE("dark-blue");

  private final String wire;

  Color(String wire) {
    this.wire = wire;
  }

  @JsonValue
  public String wire() {
    return wire;
  }

  @JsonCreator
  public static Color of(String wire) {
    for (Color color : values()) {
      if (color.wire.equals(wire)) {
        return color;
      }
    }
    throw new IllegalArgumentException("unknown Color value '" + wire + "'");
  }
}
