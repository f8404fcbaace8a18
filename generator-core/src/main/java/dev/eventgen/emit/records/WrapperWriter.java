package dev.eventgen.emit.records;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import dev.eventgen.emit.JavaNames;
import dev.eventgen.emit.Javadocs;
import dev.eventgen.model.Message;
import dev.eventgen.model.PayloadType;
import dev.eventgen.model.Property;
import dev.eventgen.model.Scalar;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The message class of a message whose payload is not an object (a list, a scalar, an enum or a
 * union): a record with the single component {@code value}, read and written as the bare payload
 * ({@code @JsonValue} plus a delegating {@code @JsonCreator}).
 */
final class WrapperWriter {

  private static final String VALUE = "value";

  private final JavaNames names;
  private final TypeMapper types;
  private final PatternMethods patterns;

  WrapperWriter(JavaNames names, TypeMapper types, PatternMethods patterns) {
    this.names = names;
    this.types = types;
    this.patterns = patterns;
  }

  TypeSpec.Builder write(Message message) {
    ClassName name = names.messageClass(message);
    // A message without a payload schema carries any JSON, or none.
    boolean declared = message.payload() != null;
    PayloadType type = declared ? message.payload() : Scalar.of(Scalar.Kind.ANY);
    Property payload = new Property(VALUE, type, declared, null, false);
    Component value = new Component(VALUE, types.map(type), payload);
    ValidationCode validation = new ValidationCode(name.simpleName(), List.of(value), patterns);
    TypeSpec.Builder record =
        TypeSpec.recordBuilder(name)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("$L", javadoc(message))
            .addSuperinterface(names.eventInterface())
            .addFields(validation.patternFields())
            .recordConstructor(
                MethodSpec.compactConstructorBuilder()
                    .addModifiers(Modifier.PUBLIC)
                    .addAnnotation(Jackson.delegatingCreator())
                    .addParameter(
                        ParameterSpec.builder(value.type(), VALUE)
                            .addAnnotation(Jackson.JSON_VALUE)
                            .build())
                    .addCode(validation.constructorBody())
                    .build());
    Deprecation.mark(record, message.deprecated(), types.mentionsDeprecated(type));
    return record;
  }

  private static String javadoc(Message message) {
    String summary = Javadocs.wrap(Javadocs.sentence(MessageDocs.summary(message)), "");
    StringBuilder doc =
        new StringBuilder(
            summary.isEmpty() ? "The " + Javadocs.code(message.name()) + " message." : summary);
    doc.append("\n\n<p>The payload is not a JSON object, so it is wrapped: the JSON is the bare")
        .append(" value.\n\n@param value the payload\n");
    if (message.deprecated()) {
      doc.append("@deprecated the spec marks this message as deprecated\n");
    }
    return doc.toString();
  }
}
