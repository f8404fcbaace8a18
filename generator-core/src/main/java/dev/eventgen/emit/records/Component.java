package dev.eventgen.emit.records;

import com.palantir.javapoet.TypeName;
import dev.eventgen.model.Property;

/**
 * One record component: a spec property, or the map that collects additional properties.
 *
 * @param javaName the allocated Java name, unique within the record and never a keyword
 * @param property the spec property, or null for the additional-properties map
 */
record Component(String javaName, TypeName type, Property property) {

  boolean isAdditionalProperties() {
    return property == null;
  }

  boolean required() {
    return property != null && property.required();
  }

  boolean deprecated() {
    return property != null && property.deprecated();
  }
}
