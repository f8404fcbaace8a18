package dev.eventgen.emit.records;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.eventgen.model.Scalar;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The fluent builder every record has: {@code Record.builder().a(..).b(..).build()}. Setters are
 * named like the components; {@code build()} calls the canonical constructor, so a built record is
 * validated exactly like a parsed one. A component with a {@code const} value has no setter: {@code
 * build()} passes the constant, so a builder cannot make a record the spec forbids.
 */
final class BuilderWriter {

  private BuilderWriter() {}

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
      if (constant(component) == null) {
        builder
            .addField(component.type(), component.javaName(), Modifier.PRIVATE)
            .addMethod(setter(builderName, recordName, component));
      }
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

  /** The literal a {@code const} component always holds, or null if it is settable. */
  private static CodeBlock constant(Component component) {
    if (component.property() != null
        && component.property().type() instanceof Scalar scalar
        && scalar.constraints().constValue() != null
        && ConstLiteral.supports(scalar.kind())) {
      return ConstLiteral.of(scalar.kind(), scalar.constraints().constValue());
    }
    return null;
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
            .map(c -> constant(c) == null ? CodeBlock.of("$N", c.javaName()) : constant(c))
            .collect(CodeBlock.joining(",$W"));
    return MethodSpec.methodBuilder("build")
        .addJavadoc(
            "Returns the record, or throws as its constructor does for a missing or invalid"
                + " component.\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(record)
        .addStatement("return new $T($L)", record, arguments)
        .build();
  }
}
