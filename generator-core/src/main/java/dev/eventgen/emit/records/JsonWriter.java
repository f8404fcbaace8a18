package dev.eventgen.emit.records;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.eventgen.emit.JavaNames;
import javax.lang.model.element.Modifier;

/**
 * The API's JSON holder ({@code CvpJson}): the one correctly configured {@code ObjectMapper} every
 * transport and user shares. Each setting is explained in the generated Javadoc.
 */
final class JsonWriter {

  private final JavaNames names;

  JsonWriter(JavaNames names) {
    this.names = names;
  }

  TypeSpec.Builder write() {
    return TypeSpec.classBuilder(names.json())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc(
            "JSON for the {@link $T} API: the one shared, configured {@code ObjectMapper}.\n",
            names.apiDescriptor())
        .addStaticBlock(CodeBlock.of("$T.requireRuntime();\n", names.apiDescriptor()))
        .addField(mapperField())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(mapperMethod());
  }

  private FieldSpec mapperField() {
    return FieldSpec.builder(
            Jackson.OBJECT_MAPPER, "MAPPER", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.newMapper()", names.eventJson())
        .build();
  }

  private MethodSpec mapperMethod() {
    return MethodSpec.methodBuilder("mapper")
        .addJavadoc(
            "The shared mapper, made by {@link $T#newMapper()} (see there for its settings). It is\n"
                + "thread-safe once configured, so share it; do not reconfigure it (use {@code\n"
                + "mapper().copy()} for a variant).\n",
            names.eventJson())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(Jackson.OBJECT_MAPPER)
        .addStatement("return MAPPER")
        .build();
  }
}
