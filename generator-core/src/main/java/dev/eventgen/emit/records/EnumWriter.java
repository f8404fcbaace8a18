package dev.eventgen.emit.records;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.eventgen.emit.JavaNames;
import dev.eventgen.emit.Javadocs;
import dev.eventgen.model.EnumType;
import dev.eventgen.model.Identifiers;
import dev.eventgen.model.Scalar;
import javax.lang.model.element.Modifier;

/**
 * An enum per enumeration schema. Constants are named in CONSTANT_CASE and carry their wire value,
 * which Jackson reads and writes ({@code @JsonValue}, {@code @JsonCreator fromValue}). An unknown
 * wire value is an error that names the value and the expected ones: never silently null.
 */
final class EnumWriter {

  private static final String CACHE = "VALUES";

  private final JavaNames names;

  EnumWriter(JavaNames names) {
    this.names = names;
  }

  TypeSpec.Builder write(EnumType type) {
    ClassName name = names.type(type.name());
    TypeName valueType = TypeMapper.scalar(type.base());
    TypeSpec.Builder spec =
        TypeSpec.enumBuilder(name).addModifiers(Modifier.PUBLIC).addJavadoc("$L", javadoc(type));
    Deprecation.mark(spec, type.deprecated(), false);
    addConstants(spec, type);
    return spec.addField(
            FieldSpec.builder(
                    ArrayTypeName.of(name),
                    CACHE,
                    Modifier.PRIVATE,
                    Modifier.STATIC,
                    Modifier.FINAL)
                .initializer("values()")
                .build())
        .addField(valueType, "value", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(
            MethodSpec.constructorBuilder()
                .addParameter(valueType, "value")
                .addStatement("this.value = value")
                .build())
        .addMethod(accessor(valueType))
        .addMethod(fromValue(name, valueType));
  }

  private static void addConstants(TypeSpec.Builder spec, EnumType type) {
    NameAllocator constants = new NameAllocator();
    constants.newName(CACHE, CACHE);
    for (Object value : type.values()) {
      TypeSpec.Builder constant = TypeSpec.anonymousClassBuilder("$L", literal(type.base(), value));
      if (type.base() == Scalar.Kind.STRING) {
        // The name alone may not tell the exact wire spelling.
        constant.addJavadoc("$L\n", Javadocs.code(String.valueOf(value)));
      }
      spec.addEnumConstant(constants.newName(constantName(value)), constant.build());
    }
  }

  private static CodeBlock javadoc(EnumType type) {
    String summary = Javadocs.wrap(Javadocs.sentence(type.doc()), "");
    CodeBlock.Builder doc = CodeBlock.builder();
    doc.add("$L\n", summary.isEmpty() ? "The {@code " + type.name() + "} values." : summary);
    if (type.deprecated()) {
      doc.add("\n@deprecated the spec marks this enumeration as deprecated\n");
    }
    return doc.build();
  }

  private static MethodSpec accessor(TypeName valueType) {
    return MethodSpec.methodBuilder("value")
        .addJavadoc("The value as it appears in JSON.\n")
        .addAnnotation(Jackson.JSON_VALUE)
        .addModifiers(Modifier.PUBLIC)
        .returns(valueType)
        .addStatement("return value")
        .build();
  }

  private static MethodSpec fromValue(ClassName name, TypeName valueType) {
    return MethodSpec.methodBuilder("fromValue")
        .addJavadoc(
            "The constant with the given JSON value.\n\n"
                + "@throws $T if no constant has it; the message names the value and\n"
                + "    the expected ones\n",
            IllegalArgumentException.class)
        .addAnnotation(
            AnnotationSpec.builder(Jackson.JSON_CREATOR)
                .addMember("mode", "$T.DELEGATING", Jackson.JSON_CREATOR_MODE)
                .build())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(name)
        .addParameter(valueType, "value")
        .addStatement(
            "return $T.oneOf($N, $T::value, value,$W$S)",
            FacetChecks.CHECKS,
            CACHE,
            name,
            name.simpleName())
        .build();
  }

  /** {@code informational} -> {@code INFORMATIONAL}; {@code 40} -> {@code VALUE_40}. */
  static String constantName(Object value) {
    String text = String.valueOf(value);
    String name =
        Identifiers.constantCase(value instanceof String ? text : text.replace("-", "minus "));
    return name.startsWith("_") ? "VALUE" + name : name;
  }

  private static CodeBlock literal(Scalar.Kind base, Object value) {
    String text = String.valueOf(value);
    return switch (base) {
      case STRING -> CodeBlock.of("$S", text);
      case LONG -> CodeBlock.of("$LL", text);
      case DOUBLE -> CodeBlock.of("$L", Double.toString(Double.parseDouble(text)));
      default -> CodeBlock.of("$L", text);
    };
  }
}
