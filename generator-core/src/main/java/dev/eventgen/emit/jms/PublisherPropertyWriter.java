package dev.eventgen.emit.jms;

import static dev.eventgen.emit.jms.JmsTypes.JMS_EXCEPTION;
import static dev.eventgen.emit.jms.JmsTypes.JSON_NODE;
import static dev.eventgen.emit.jms.JmsTypes.MESSAGE;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/** Writes the publisher's nested {@code Property}: one JMS property filled from the payload. */
final class PublisherPropertyWriter {

  private final ClassName property;

  PublisherPropertyWriter(ClassName property) {
    this.property = property;
  }

  TypeSpec write() {
    ClassName kind = property.nestedClass("Kind");
    TypeSpec.Builder kinds = TypeSpec.enumBuilder(kind).addModifiers(Modifier.PRIVATE);
    for (HeaderMapping.Kind constant : HeaderMapping.Kind.values()) {
      kinds.addEnumConstant(constant.name());
    }
    return TypeSpec.recordBuilder(property)
        .addModifiers(Modifier.PRIVATE)
        .addJavadoc(
            "A JMS property set from the payload field at a JSON pointer, if that field has a"
                + "\nvalue.\n")
        .recordConstructor(
            MethodSpec.constructorBuilder()
                .addParameter(String.class, "name")
                .addParameter(String.class, "pointer")
                .addParameter(kind, "kind")
                .build())
        .addType(kinds.build())
        .addMethod(set(kind))
        .build();
  }

  private static MethodSpec set(ClassName kind) {
    return MethodSpec.methodBuilder("set")
        .addParameter(MESSAGE, "message")
        .addParameter(JSON_NODE, "payload")
        .addException(JMS_EXCEPTION)
        .addStatement("$T value = payload.at(pointer)", JSON_NODE)
        .beginControlFlow("if (!value.isValueNode() || value.isNull())")
        .addStatement("return")
        .endControlFlow()
        .beginControlFlow("switch (kind)")
        .addStatement("case INT -> message.setIntProperty(name, value.asInt())")
        .addStatement("case LONG -> message.setLongProperty(name, value.asLong())")
        .addStatement("case DOUBLE -> message.setDoubleProperty(name, value.asDouble())")
        .addStatement("case BOOLEAN -> message.setBooleanProperty(name, value.asBoolean())")
        .addStatement("default -> message.setStringProperty(name, value.asText())")
        .endControlFlow()
        .build();
  }
}
