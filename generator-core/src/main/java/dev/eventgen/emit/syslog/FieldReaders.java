package dev.eventgen.emit.syslog;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.eventgen.emit.records.Component;
import dev.eventgen.emit.records.RecordComponents;
import dev.eventgen.emit.records.TypeMapper;
import dev.eventgen.model.ObjectType;
import dev.eventgen.model.PayloadType;
import java.util.ArrayList;
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

  static String readListName(ObjectType type) {
    return "read" + type.name() + "List";
  }

  /** {@code readX(fields, prefix)} and, if lists of it exist, {@code readXList(fields, path)}. */
  List<MethodSpec> methods(ObjectType type, boolean inLists) {
    List<MethodSpec> methods = new ArrayList<>();
    methods.add(read(type));
    if (inLists) {
      methods.add(readList(type));
    }
    return methods;
  }

  private MethodSpec read(ObjectType type) {
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
            "return fields.construct(prefix, () -> new $T($>$>$L$<$<))", record, args.build())
        .build();
  }

  private CodeBlock value(Component component) {
    if (component.isAdditionalProperties()) {
      return CodeBlock.of("null");
    }
    String wireName = component.property().wireName();
    CodeBlock value = optional(component.property().type(), wireName);
    return component.required()
        ? CodeBlock.of("fields.required(prefix, $S, $L)", wireName, value)
        : value;
  }

  /** The field's value or null; names are matched as prefix and name, without concatenating. */
  private CodeBlock optional(PayloadType type, String wireName) {
    if (kinds.isText(type)) {
      return CodeBlock.of(
          "fields.$L(prefix, $S, $L)",
          kinds.isEnum(type) ? "enumValue" : "value",
          wireName,
          kinds.conversion(type));
    }
    ObjectType object = kinds.object(type);
    if (object != null) {
      String nested = wireName + ".";
      CodeBlock path = CodeBlock.of("$T.path(prefix, $S)", types.fields(), nested);
      return CodeBlock.of(
          "fields.has($L) ? $L(fields, $L) : null", path, readName(object), path);
    }
    PayloadType items = kinds.items(type);
    if (items != null && kinds.isText(items)) {
      return CodeBlock.of("fields.values(prefix, $S, $L)", wireName, kinds.conversion(items));
    }
    if (items != null && kinds.object(items) != null) {
      return CodeBlock.of(
          "$L(fields, prefix + $S)", readListName(kinds.object(items)), wireName);
    }
    PayloadType values = kinds.mapValues(type);
    if (values != null && kinds.isText(values)) {
      return CodeBlock.of("fields.map(prefix, $S, $L)", wireName, kinds.conversion(values));
    }
    return CodeBlock.of("null");
  }

  private MethodSpec readList(ObjectType type) {
    ClassName record = types.names().type(type.name());
    return MethodSpec.methodBuilder(readListName(type))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(ClassName.get(List.class), record))
        .addParameter(types.fields(), "fields")
        .addParameter(String.class, "path")
        .addStatement("int count = fields.count(path)")
        .beginControlFlow("if (count == 0)")
        .addStatement("return null")
        .endControlFlow()
        .addStatement("$T<$T> items = new $T<>(count)", List.class, record, ArrayList.class)
        .beginControlFlow("for (int i = 0; i < count; i++)")
        .addStatement("items.add($L(fields, path + '.' + i + '.'))", readName(type))
        .endControlFlow()
        .addStatement("return items")
        .build();
  }
}
