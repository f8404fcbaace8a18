package dev.eventgen.emit.records;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.eventgen.model.Scalar;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * A fluent builder for a record with many components: {@code Record.builder().a(..).b(..).build()}.
 * Setters are named like the components; {@code build()} calls the canonical constructor, so a
 * built record is validated exactly like a parsed one. Components with a {@code const} value start
 * out holding it.
 */
final class BuilderWriter {

  /** Records with more components than this get a builder. */
  static final int THRESHOLD = 4;

  private BuilderWriter() {}

  static boolean wanted(List<Component> components) {
    return components.size() > THRESHOLD;
  }

  /**
   * Adds the nested builder class and the static {@code builder()} factory.
   *
   * @param className the nested class's simple name, normally {@code Builder} (see {@link
   *     Shadowing#builderClassName})
   */
  static void addTo(
      TypeSpec.Builder record, ClassName recordName, String className, List<Component> components) {
    ClassName builderName = recordName.nestedClass(className);
    TypeSpec.Builder builder =
        TypeSpec.classBuilder(builderName)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Builds a {@link $T}; {@link #build()} validates it.\n", recordName)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (Component component : components) {
      builder.addField(field(component)).addMethod(setter(builderName, recordName, component));
    }
    builder.addMethod(build(recordName, components));
    record.addType(builder.build());
    record.addMethod(
        MethodSpec.methodBuilder("builder")
            .addJavadoc("Returns an empty builder.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(builderName)
            .addStatement("return new $T()", builderName)
            .build());
  }

  private static FieldSpec field(Component component) {
    FieldSpec.Builder field =
        FieldSpec.builder(component.type(), component.javaName(), Modifier.PRIVATE);
    if (component.property() != null
        && component.property().type() instanceof Scalar scalar
        && scalar.constraints().constValue() != null
        && ConstLiteral.supports(scalar.kind())) {
      field.initializer(ConstLiteral.of(scalar.kind(), scalar.constraints().constValue()));
    }
    return field.build();
  }

  private static MethodSpec setter(ClassName builder, ClassName record, Component component) {
    String name = component.javaName();
    MethodSpec.Builder setter =
        MethodSpec.methodBuilder(name)
            .addJavadoc("Sets {@link $T#$L()}.\n", record, name)
            .addModifiers(Modifier.PUBLIC)
            .returns(builder)
            .addParameter(component.type(), name)
            .addStatement("this.$N = $N", name, name)
            .addStatement("return this");
    if (component.deprecated()) {
      // Deprecated where it is set: on a record component, javac 17 warns about @Deprecated.
      setter
          .addJavadoc("\n@deprecated the spec marks this field deprecated\n")
          .addAnnotation(Deprecated.class);
    }
    return setter.build();
  }

  private static MethodSpec build(ClassName record, List<Component> components) {
    CodeBlock arguments =
        components.stream()
            .map(c -> CodeBlock.of("$N", c.javaName()))
            .collect(CodeBlock.joining(",$W"));
    return MethodSpec.methodBuilder("build")
        .addJavadoc(
            "Returns the record.\n\n@throws $T if a required component is missing\n"
                + "@throws $T if a component violates the schema\n",
            NullPointerException.class,
            IllegalArgumentException.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(record)
        .addStatement("return new $T($L)", record, arguments)
        .build();
  }
}
