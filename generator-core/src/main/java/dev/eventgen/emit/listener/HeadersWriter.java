package dev.eventgen.emit.listener;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code EventContext.Headers}: the read-only header map a transport hands over. The
 * record keeps it without the defensive copy any other map gets, and it is built on first read,
 * so a listener that never looks at headers does not pay for them.
 */
final class HeadersWriter {

  private static final TypeName MAP = ParameterizedTypeName.get(Map.class, String.class, Object.class);

  TypeSpec write(ClassName headers) {
    TypeName source =
        ParameterizedTypeName.get(
            ClassName.get(Supplier.class), WildcardTypeName.subtypeOf(MAP));
    return TypeSpec.classBuilder(headers)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(AbstractMap.class, String.class, Object.class))
        .addJavadoc(
            "Headers made by the transport when first read, then fixed. Safe to read from any"
                + " thread; the source runs at most once.\n")
        .addField(FieldSpec.builder(source, "source", Modifier.PRIVATE).build())
        .addField(FieldSpec.builder(MAP, "map", Modifier.PRIVATE, Modifier.VOLATILE).build())
        .addMethod(
            MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(
                    "@param source makes the headers when they are first read: a new map, in"
                        + " arrival order, that nothing else holds\n")
                .addParameter(source, "source")
                .addStatement("this.source = $T.requireNonNull(source, $S)", Objects.class, "source")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("entrySet")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(
                    ClassName.get(Set.class),
                    ParameterizedTypeName.get(Map.Entry.class, String.class, Object.class)))
                .addStatement("return map().entrySet()")
                .build())
        .addMethod(delegate("get", ClassName.OBJECT))
        .addMethod(delegate("containsKey", TypeName.BOOLEAN))
        .addMethod(map())
        .build();
  }

  /** A lookup by key without the entry scan {@code AbstractMap} would do. */
  private static MethodSpec delegate(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns)
        .addParameter(Object.class, "key")
        .addStatement("return map().$L(key)", name)
        .build();
  }

  private static MethodSpec map() {
    return MethodSpec.methodBuilder("map")
        .addModifiers(Modifier.PRIVATE)
        .returns(MAP)
        .addStatement("$T headers = map", MAP)
        .beginControlFlow("if (headers == null)")
        .beginControlFlow("synchronized (this)")
        .addStatement("headers = map")
        .beginControlFlow("if (headers == null)")
        .addStatement("headers = $T.unmodifiableMap(source.get())", Collections.class)
        .addStatement("map = headers")
        .addStatement("source = null")
        .endControlFlow()
        .endControlFlow()
        .endControlFlow()
        .addStatement("return headers")
        .build();
  }
}
