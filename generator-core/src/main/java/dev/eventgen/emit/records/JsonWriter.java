package dev.eventgen.emit.records;

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
        .addField(mapperField())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(mapperMethod());
  }

  private static FieldSpec mapperField() {
    return FieldSpec.builder(
            Jackson.OBJECT_MAPPER, "MAPPER", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(
            "$T.builder()\n"
                + "$>$>.addModule(new $T())\n"
                + ".disable($T.WRITE_DATES_AS_TIMESTAMPS)\n"
                + ".disable($T.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)\n"
                + ".disable($T.FAIL_ON_UNKNOWN_PROPERTIES)\n"
                + ".defaultPropertyInclusion($T.Value.construct($T.NON_NULL,$W$T.USE_DEFAULTS))\n"
                + ".build()$<$<",
            Jackson.JSON_MAPPER,
            Jackson.JAVA_TIME_MODULE,
            Jackson.SERIALIZATION_FEATURE,
            Jackson.DESERIALIZATION_FEATURE,
            Jackson.DESERIALIZATION_FEATURE,
            Jackson.JSON_INCLUDE,
            Jackson.JSON_INCLUDE_INCLUDE,
            Jackson.JSON_INCLUDE_INCLUDE)
        .build();
  }

  private static MethodSpec mapperMethod() {
    return MethodSpec.methodBuilder("mapper")
        .addJavadoc(
            "The shared mapper. It is thread-safe once configured, so share it; do not"
                + " reconfigure it (use\n"
                + "{@code mapper().copy()} for a variant). Its settings:\n"
                + "<ul>\n"
                + "  <li>Java time types ({@code OffsetDateTime}, ...) via the JSR-310 module;\n"
                + "  <li>dates written as ISO-8601 text, not epoch numbers;\n"
                + "  <li>offsets kept as received ({@code +02:00} stays {@code +02:00}), not"
                + " shifted to UTC\n"
                + "      (a zero fraction is not written back: {@code .000Z} becomes {@code Z},"
                + " same instant);\n"
                + "  <li>unknown properties ignored (tolerant reader: newer producers may add"
                + " optional fields);\n"
                + "  <li>null components omitted on output.\n"
                + "</ul>\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(Jackson.OBJECT_MAPPER)
        .addStatement("return MAPPER")
        .build();
  }
}
