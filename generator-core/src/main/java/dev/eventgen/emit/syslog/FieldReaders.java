package dev.eventgen.emit.syslog;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.eventgen.emit.records.Component;
import dev.eventgen.emit.records.RecordComponents;
import dev.eventgen.emit.records.TypeMapper;
import dev.eventgen.model.ObjectType;
import dev.eventgen.model.PayloadType;
import java.util.List;
import javax.lang.model.element.Modifier;

/** Writes the decoder's {@code readX} methods: one record from the SD params under a prefix. */
final class FieldReaders {

  private final SyslogTypes types;
  private final FieldKinds kinds;
  private final TypeMapper mapper;

  FieldReaders(SyslogTypes types, FieldKinds kinds) {
    this.types = types;
    this.kinds = kinds;
    this.mapper = new TypeMapper(types.names());
  }

  static String readName(ObjectType type) {
    return "read" + type.name();
  }

  /** {@code readX(fields, prefix)}: the record from the params under the prefix. */
  MethodSpec read(ObjectType type) {
    ClassName record = types.names().type(type.name());
    CodeBlock.Builder args = CodeBlock.builder();
    List<Component> components = RecordComponents.of(type, mapper);
    for (int i = 0; i < components.size(); i++) {
      Component component = components.get(i);
      args.add(i == 0 ? "\n" : ",\n").add(value(component));
    }
    return MethodSpec.methodBuilder(readName(type))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(record)
        .addParameter(types.fields(), "fields")
        .addParameter(String.class, "prefix")
        .addStatement(
            "return fields.construct(prefix, $T.class,$W() -> new $T($>$>$L$<$<))",
            record,
            record,
            args.build())
        .build();
  }

  /**
   * The component's value: one call on the fields, named after what the field is and whether it is
   * required ({@code requiredValue}, {@code enumValue}, {@code object}...).
   */
  private CodeBlock value(Component component) {
    if (component.isAdditionalProperties()) {
      return CodeBlock.of("null");
    }
    PayloadType type = component.property().type();
    String wireName = component.property().wireName();
    boolean required = component.required();
    if (kinds.isText(type)) {
      String method = kinds.isEnum(type) ? "Enum" : "Value";
      return CodeBlock.of(
          "fields.$L(prefix, $S,$W$L)",
          required ? "required" + method : (kinds.isEnum(type) ? "enumValue" : "value"),
          wireName,
          kinds.conversion(type));
    }
    ObjectType object = kinds.object(type);
    if (object != null) {
      return CodeBlock.of(
          "fields.$L(prefix, $S,$W$T::$L)",
          required ? "requiredObject" : "object",
          wireName,
          types.decoder(),
          readName(object));
    }
    CodeBlock value = listOrMap(type, wireName);
    return required ? CodeBlock.of("fields.required(prefix, $S,$W$L)", wireName, value) : value;
  }

  private CodeBlock listOrMap(PayloadType type, String wireName) {
    PayloadType items = kinds.items(type);
    if (items != null && kinds.isText(items)) {
      return CodeBlock.of("fields.values(prefix, $S, $L)", wireName, kinds.conversion(items));
    }
    if (items != null && kinds.object(items) != null) {
      return CodeBlock.of(
          "fields.objects(prefix, $S,$W$T::$L)",
          wireName,
          types.decoder(),
          readName(kinds.object(items)));
    }
    PayloadType values = kinds.mapValues(type);
    if (values != null && kinds.isText(values)) {
      return CodeBlock.of("fields.map(prefix, $S, $L)", wireName, kinds.conversion(values));
    }
    return CodeBlock.of("null");
  }
}
