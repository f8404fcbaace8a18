package dev.eventgen.emit.records;

import com.palantir.javapoet.TypeName;
import dev.eventgen.model.Property;

/**
 * One record component: a spec property, or the map that collects additional properties.
 *
 * @param javaName the allocated Java name, unique within the record and never a keyword
 * @param property the spec property, or null for the additional-properties map
 */
public record Component(String javaName, TypeName type, Property property) {

  public boolean isAdditionalProperties() {
    return property == null;
  }

  public boolean required() {
    return property != null && property.required();
  }

  public boolean deprecated() {
    return property != null && property.deprecated();
  }
}
