package dev.eventgen.emit.records;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.eventgen.model.Identifiers;
import dev.eventgen.model.ObjectType;
import dev.eventgen.model.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Allocates the components of an object's record in spec order. Names come from {@link
 * Identifiers#camelCase}; a name already taken ({@code call-id} and {@code callId}) or reserved
 * gets a {@code _} suffix, so the same spec always gives the same names.
 */
public final class RecordComponents {

  /**
   * Names a record component cannot take: accessors would clash with {@link Object}'s methods, and
   * {@code builder} is the static factory of records with a builder (reserved on every record so a
   * name never changes when a property is added).
   */
  private static final List<String> RESERVED =
      List.of(
          "builder",
          "clone",
          "finalize",
          "getClass",
          "hashCode",
          "notify",
          "notifyAll",
          "toString",
          "wait");

  private static final String ADDITIONAL_PROPERTIES = "additionalProperties";

  private RecordComponents() {}

  public static List<Component> of(ObjectType type, TypeMapper types) {
    NameAllocator allocator = new NameAllocator();
    RESERVED.forEach(reserved -> allocator.newName(reserved, "$reserved:" + reserved));
    List<Component> components = new ArrayList<>();
    for (Property property : type.properties()) {
      String name = allocator.newName(Identifiers.camelCase(property.wireName()), property);
      components.add(new Component(name, types.map(property.type()), property));
    }
    if (type.additionalProperties() != null) {
      ParameterizedTypeName mapType =
          ParameterizedTypeName.get(
              ClassName.get(Map.class),
              ClassName.get(String.class),
              types.map(type.additionalProperties()));
      components.add(new Component(allocator.newName(ADDITIONAL_PROPERTIES), mapType, null));
    }
    return components;
  }
}
