package dev.eventgen.demo.model;

import java.util.Objects;

/** A nested object with a required field. */
public record Source(String hostname, Integer port) {

  public Source {
    Objects.requireNonNull(hostname, "Source.hostname is required");
  }
}
