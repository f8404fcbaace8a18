package dev.eventgen.emit.syslog;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.eventgen.emit.records.Component;
import dev.eventgen.emit.records.RecordComponents;
import dev.eventgen.emit.records.TypeMapper;
import dev.eventgen.model.EnumType;
import dev.eventgen.model.ObjectType;
import dev.eventgen.model.PayloadType;
import dev.eventgen.model.Scalar;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes the decoder's zero-copy readers: one record from a {@code SyslogSdLine}'s params, each
 * field read by the id of its flattened name, looked up once in the decoder's name table. Only
 * records whose every field has a fixed name (scalars, enums, lists of them, nested objects) are
 * read this way; a record with a map or a list of objects keeps the reader by name.
 */
final class FastReaders {

  private final SyslogTypes types;
  private final FieldKinds kinds;
  private final TypeMapper mapper;
  private final Set<String> known;

  /** The reader method of each record at each path, in the order they were asked for. */
  private final Map<String, MethodSpec> methods = new LinkedHashMap<>();

  private final Map<String, String> methodNames = new LinkedHashMap<>();

  /** The id constant of each flattened name. */
  private final Map<String, String> ids = new LinkedHashMap<>();

  /** The id-array constant of each nested object's prefix. */
  private final Map<String, String> objectIds = new LinkedHashMap<>();

  /** The wire-value table of each enum. */
  private final Map<String, String> enums = new LinkedHashMap<>();

  private final Map<String, ClassName> enumClasses = new LinkedHashMap<>();

  private final Set<String> constantNames = new HashSet<>();

  FastReaders(SyslogTypes types, FieldKinds kinds, List<String> known) {
    this.types = types;
    this.kinds = kinds;
    this.mapper = new TypeMapper(types.names());
    this.known = new HashSet<>(known);
  }

  /** True if every field of the record, nested ones too, has a name known when generating. */
  boolean fast(ObjectType type) {
    return fast(type, "", new HashSet<>());
  }

  private boolean fast(ObjectType type, String prefix, Set<ObjectType> path) {
    if (!path.add(type)) {
      return false;
    }
    try {
      for (Component component : RecordComponents.of(type, mapper)) {
        if (component.isAdditionalProperties()) {
          continue;
        }
        PayloadType property = component.property().type();
        String name = prefix + component.property().wireName();
        PayloadType items = kinds.items(property);
        ObjectType object = kinds.object(property);
        if (kinds.isText(property) || items != null && kinds.isText(items)) {
          if (!known.contains(name)) {
            return false;
          }
        } else if (object != null) {
          if (!fast(object, name + ".", path)) {
            return false;
          }
        } else if (items != null || kinds.mapValues(property) != null) {
          return false;
        }
      }
      return true;
    } finally {
      path.remove(type);
    }
  }

  /** True if the flattened name has an id in the decoder's table. */
  boolean known(String name) {
    return known.contains(name);
  }

  /** The name of the reader of {@code type} at the top level, writing it and what it calls. */
  String reader(ObjectType type) {
    return reader(type, "");
  }

  private String reader(ObjectType type, String prefix) {
    String key = type.name() + "@" + prefix;
    String existing = methodNames.get(key);
    if (existing != null) {
      return existing;
    }
    String name = unique("fast" + type.name() + camel(prefix), methodNames.values());
    methodNames.put(key, name);
    ClassName record = types.names().type(type.name());
    CodeBlock.Builder args = CodeBlock.builder();
    List<Component> components = RecordComponents.of(type, mapper);
    for (int i = 0; i < components.size(); i++) {
      args.add(i == 0 ? "\n" : ",\n").add(value(components.get(i), prefix));
    }
    methods.put(
        key,
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(record)
            .addParameter(types.sdFields(), "fields")
            .addStatement(
                "return fields.construct($S, $T.class,$W() -> new $T($>$>$L$<$<))",
                prefix.isEmpty() ? "" : prefix,
                record,
                record,
                args.build())
            .build());
    return name;
  }

  private CodeBlock value(Component component, String prefix) {
    if (component.isAdditionalProperties()) {
      return CodeBlock.of("null");
    }
    PayloadType type = component.property().type();
    String path = prefix + component.property().wireName();
    CodeBlock value;
    PayloadType items = kinds.items(type);
    ObjectType object = kinds.object(type);
    if (kinds.isText(type)) {
      value = text(type, path);
    } else if (object != null) {
      value =
          CodeBlock.of(
              "fields.any($L)$W? $L(fields)$W: null",
              objectIds(path + "."),
              reader(object, path + "."));
    } else if (items != null && kinds.isText(items)) {
      value = CodeBlock.of("fields.values($L,$W$S,$W$L)", id(path), path, kinds.conversion(items));
    } else {
      value = CodeBlock.of("null");
    }
    return component.required() ? CodeBlock.of("fields.required($S,$W$L)", path, value) : value;
  }

  /** A scalar or enum field: read from the bytes where the runtime can, else from its text. */
  private CodeBlock text(PayloadType type, String path) {
    if (kinds.named(type) instanceof EnumType enumType) {
      return CodeBlock.of(
          "fields.enumValue($L,$W$S,$W$L,$W$L)",
          id(path),
          path,
          enumValues(enumType),
          kinds.conversion(type));
    }
    Scalar.Kind kind = ((Scalar) type).kind();
    return switch (kind) {
      case STRING -> CodeBlock.of("fields.string($L)", id(path));
      case UUID -> CodeBlock.of("fields.uuid($L,$W$S)", id(path), path);
      case INT -> CodeBlock.of("fields.intValue($L,$W$S)", id(path), path);
      case LONG -> CodeBlock.of("fields.longValue($L,$W$S)", id(path), path);
      case DATE_TIME -> CodeBlock.of("fields.dateTime($L,$W$S)", id(path), path);
      default -> CodeBlock.of("fields.value($L,$W$S,$W$L)", id(path), path, kinds.conversion(type));
    };
  }

  /** The constant holding the id of a flattened name. */
  String id(String path) {
    return ids.computeIfAbsent(path, p -> unique("ID_" + snake(p), constantNames));
  }

  private String objectIds(String prefix) {
    return objectIds.computeIfAbsent(
        prefix, p -> unique("OBJECT_" + snake(p.substring(0, p.length() - 1)), constantNames));
  }

  private String enumValues(EnumType type) {
    enumClasses.put(type.name(), types.names().type(type.name()));
    // Numbered: the enum's own name would make the declaration overlong.
    return enums.computeIfAbsent(
        type.name(), n -> unique("ENUM_" + (enums.size() + 1), constantNames));
  }

  /** The reader methods written, callers first. */
  List<MethodSpec> methods() {
    return new ArrayList<>(methods.values());
  }

  /** The constants the readers use: name ids, object prefixes' ids, enum wire values. */
  List<FieldSpec> constants() {
    List<FieldSpec> fields = new ArrayList<>();
    ids.forEach(
        (path, constant) ->
            fields.add(
                FieldSpec.builder(
                        int.class, constant, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("$ZSD_NAMES.id($S)", path)
                    .build()));
    objectIds.forEach(
        (prefix, constant) ->
            fields.add(
                FieldSpec.builder(
                        int[].class, constant, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("$ZSD_NAMES.idsStartingWith($S)", prefix)
                    .build()));
    enums.forEach(
        (name, constant) -> {
          ClassName enumClass = enumClasses.get(name);
          fields.add(
              FieldSpec.builder(
                      ParameterizedTypeName.get(types.enumValues(), enumClass),
                      constant,
                      Modifier.PRIVATE,
                      Modifier.STATIC,
                      Modifier.FINAL)
                  .addJavadoc("The constants of {@link $T} by their wire values.\n", enumClass)
                  .initializer(
                      "$Znew $T<>($T.values(),$W$T::value)",
                      types.enumValues(),
                      enumClass,
                      enumClass)
                  .build());
        });
    return fields;
  }

  private static String unique(String name, java.util.Collection<String> taken) {
    String candidate = name;
    for (int i = 2; taken.contains(candidate); i++) {
      candidate = name + "_" + i;
    }
    if (taken instanceof Set<String> set) {
      set.add(candidate);
    }
    return candidate;
  }

  /** {@code source.ipAddress} as {@code SOURCE_IP_ADDRESS}. */
  private static String snake(String path) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (Character.isUpperCase(c) && i > 0 && Character.isLetterOrDigit(path.charAt(i - 1))) {
        out.append('_');
      }
      out.append(Character.isLetterOrDigit(c) ? Character.toUpperCase(c) : '_');
    }
    return out.toString();
  }

  /** {@code source.} as {@code AtSource}; empty for the top level. */
  private static String camel(String prefix) {
    if (prefix.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("At");
    boolean upper = true;
    for (char c : prefix.toCharArray()) {
      if (!Character.isLetterOrDigit(c)) {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }
}
