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
            .addParameter(MessageModelWriter.listOf(types.sdParam()), "out")
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

  private CodeBlock field(Component component) {
    PayloadType type = component.property().type();
    CodeBlock path = CodeBlock.of("prefix + $S", component.property().wireName());
    CodeBlock value = CodeBlock.of("value.$N()", component.javaName());
    if (kinds.isText(type)) {
      return CodeBlock.builder()
          .beginControlFlow("if ($L != null)", value)
          .addStatement("add(out, $L, $L)", path, kinds.text(type, value))
          .endControlFlow()
          .build();
    }
    ObjectType object = kinds.object(type);
    if (object != null) {
      return CodeBlock.of("$L(out, $L + '.', $L);\n", writeName(object), path, value);
    }
    PayloadType items = kinds.items(type);
    PayloadType values = kinds.mapValues(type);
    if (items != null && (kinds.isText(items) || kinds.object(items) != null)) {
      return list(items, path, value);
    }
    if (values != null && kinds.isText(values)) {
      return CodeBlock.builder()
          .beginControlFlow("if ($L != null)", value)
          .addStatement(
              "$L.forEach((key, item) -> add(out, $L + '.' + key, $L))",
              value, path, kinds.text(values, CodeBlock.of("item")))
          .endControlFlow()
          .build();
    }
    return CodeBlock.of("// $L: not carried in syslog ($L)\n", component.javaName(), "no SD form");
  }

  private CodeBlock list(PayloadType items, CodeBlock path, CodeBlock value) {
    CodeBlock.Builder code =
        CodeBlock.builder()
            .beginControlFlow("if ($L != null)", value)
            .beginControlFlow("for (int i = 0; i < $L.size(); i++)", value);
    CodeBlock item = CodeBlock.of("$L.get(i)", value);
    ObjectType object = kinds.object(items);
    if (object != null) {
      code.addStatement("$L(out, $L + '.' + i + '.', $L)", writeName(object), path, item);
    } else {
      code.addStatement("add(out, $L, $L)", path, kinds.text(items, item));
    }
    return code.endControlFlow().endControlFlow().build();
  }
}
