package dev.eventgen.emit.records;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.eventgen.emit.JavaNames;
import dev.eventgen.model.Message;
import dev.eventgen.model.ObjectType;
import dev.eventgen.model.Property;
import dev.eventgen.model.TypeRef;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * A record per object schema: one component per property, named by {@link RecordComponents}, bound
 * to its JSON name, validated by a compact constructor ({@link ValidationCode}), and given a
 * builder ({@link BuilderWriter}).
 */
final class RecordWriter {

  private final JavaNames names;
  private final TypeMapper types;
  private final String builderClassName;
  private final PatternMethods patterns;
  // Messages by the name of the type their payload refers to, in model order.
  private final Map<String, List<Message>> messagesByPayload;

  RecordWriter(
      JavaNames names, TypeMapper types, String builderClassName, PatternMethods patterns) {
    this.names = names;
    this.types = types;
    this.builderClassName = builderClassName;
    this.patterns = patterns;
    this.messagesByPayload =
        names.api().messages().stream()
            .filter(m -> m.payload() instanceof TypeRef)
            .collect(Collectors.groupingBy(m -> ((TypeRef) m.payload()).name()));
  }

  /**
   * @param interfaces the sealed interfaces the record implements (unions it is a variant of, the
   *     API's event interface if it is a message class)
   */
  TypeSpec.Builder write(ObjectType type, List<TypeName> interfaces) {
    List<Message> messages = messagesByPayload.getOrDefault(type.name(), List.of());
    ClassName name = names.type(type.name());
    List<Component> components = RecordComponents.of(type, types);
    ValidationCode validation =
        new ValidationCode(name.simpleName(), components, type.additionalProperties(), patterns);
    MethodSpec.Builder constructor =
        MethodSpec.compactConstructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addCode(validation.constructorBody());
    components.forEach(component -> constructor.addParameter(parameter(component)));
    TypeSpec.Builder record =
        TypeSpec.recordBuilder(name)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("$L", RecordJavadoc.of(type, messages, components))
            .addAnnotation(Jackson.nonNull())
            .addAnnotation(Jackson.ignoreUnknown())
            .addSuperinterfaces(interfaces)
            .addFields(validation.patternFields())
            .recordConstructor(constructor.build());
    if (type.closed()) {
      record.addMethod(unexpectedProperty(name));
    }
    Deprecation.mark(record, type.deprecated(), mentionsDeprecated(type));
    BuilderWriter.addTo(record, name, builderClassName, components);
    return record;
  }

  /**
   * The schema allows no other properties: Jackson hands each one it does not know here, and the
   * runtime refuses it (the mapper otherwise ignores unknown properties, for newer producers).
   */
  private static MethodSpec unexpectedProperty(ClassName record) {
    return MethodSpec.methodBuilder("unexpectedProperty")
        .addModifiers(Modifier.PRIVATE)
        .addAnnotation(Jackson.JSON_ANY_SETTER)
        .addJavadoc("Refuses a property the schema does not allow.\n")
        .addParameter(String.class, "name")
        .addParameter(Object.class, "value")
        .addStatement("$T.unexpectedProperty(name, $S)", FacetChecks.CHECKS, record.simpleName())
        .build();
  }

  private boolean mentionsDeprecated(ObjectType type) {
    return type.properties().stream().map(Property::type).anyMatch(types::mentionsDeprecated)
        || type.additionalProperties() != null
            && types.mentionsDeprecated(type.additionalProperties());
  }

  private static ParameterSpec parameter(Component component) {
    ParameterSpec.Builder parameter = ParameterSpec.builder(component.type(), component.javaName());
    if (component.isAdditionalProperties()) {
      // Jackson 2.18+ accepts @JsonAnySetter on a creator parameter; the getter writes them back.
      parameter.addAnnotation(Jackson.JSON_ANY_SETTER).addAnnotation(Jackson.JSON_ANY_GETTER);
    } else {
      parameter.addAnnotation(Jackson.property(component.property().wireName()));
    }
    return parameter.build();
  }
}
