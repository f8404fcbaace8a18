package dev.eventgen.emit.syslog;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.eventgen.emit.records.Component;
import dev.eventgen.emit.records.RecordComponents;
import dev.eventgen.emit.records.TypeMapper;
import dev.eventgen.model.ObjectType;
import dev.eventgen.model.PayloadType;
import javax.lang.model.element.Modifier;

/** Writes the formatter's {@code writeX} methods, the inverse of {@link FieldReaders}. */
final class FieldWriters {

  private final SyslogTypes types;
  private final FieldKinds kinds;
  private final TypeMapper mapper;

  FieldWriters(SyslogTypes types, FieldKinds kinds) {
    this.types = types;
    this.kinds = kinds;
    this.mapper = new TypeMapper(types.names());
  }

  static String writeName(ObjectType type) {
    return "write" + type.name();
  }

  MethodSpec write(ObjectType type) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(writeName(type))
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .addParameter(types.params(), "out")
            .addParameter(String.class, "prefix")
            .addParameter(types.names().type(type.name()), "value")
            .beginControlFlow("if (value == null)")
            .addStatement("return")
            .endControlFlow();
    for (Component component : RecordComponents.of(type, mapper)) {
      if (!component.isAdditionalProperties()) {
        method.addCode(field(component));
      }
    }
    return method.build();
  }

  /** One call on the params per field; absent values are skipped by the runtime. */
  private CodeBlock field(Component component) {
    PayloadType type = component.property().type();
    String wireName = component.property().wireName();
    CodeBlock value = CodeBlock.of("value.$N()", component.javaName());
    if (kinds.isText(type)) {
      CodeBlock text = kinds.text(type);
      return text == null
          ? CodeBlock.of("out.add(prefix + $S, $L);\n", wireName, value)
          : CodeBlock.of("out.add(prefix + $S, $L,$W$L);\n", wireName, value, text);
    }
    ObjectType object = kinds.object(type);
    if (object != null) {
      return CodeBlock.of("$L(out, prefix + $S, $L);\n", writeName(object), wireName + ".", value);
    }
    PayloadType items = kinds.items(type);
    if (items != null && kinds.isText(items)) {
      return CodeBlock.of(
          "out.addAll(prefix + $S, $L,$W$L);\n", wireName, value, textOrSelf(items));
    }
    if (items != null && kinds.object(items) != null) {
      return CodeBlock.builder()
          .beginControlFlow("for (int i = 0; $L != null && i < $L.size(); i++)", value, value)
          .addStatement(
              "$L(out, prefix + $S + i + '.', $L.get(i))",
              writeName(kinds.object(items)),
              wireName + ".",
              value)
          .endControlFlow()
          .build();
    }
    PayloadType values = kinds.mapValues(type);
    if (values != null && kinds.isText(values)) {
      return CodeBlock.of(
          "out.addMap(prefix + $S, $L,$W$L);\n", wireName, value, textOrSelf(values));
    }
    return CodeBlock.of(
        "// $L has no SD form (union, untyped or map of objects): not written\n",
        component.javaName());
  }

  private CodeBlock textOrSelf(PayloadType type) {
    CodeBlock text = kinds.text(type);
    return text != null ? text : CodeBlock.of("$T::text", types.params());
  }
}
