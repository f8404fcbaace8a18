package dev.eventgen.emit.syslog;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code SyslogFields}: the SD params of one message read as typed fields, where a bad or
 * missing value becomes a {@code Problem} naming the field and the byte offset of its value.
 */
final class FieldsWriter {

  private static final TypeVariableName T = TypeVariableName.get("T");
  private static final TypeName CONVERSION =
      ParameterizedTypeName.get(ClassName.get(Function.class), ClassName.get(String.class), T);

  private final SyslogTypes types;

  FieldsWriter(SyslogTypes types) {
    this.types = types;
  }

  TypeSpec write() {
    return TypeSpec.classBuilder(types.fields())
        .addModifiers(Modifier.FINAL)
        .addJavadoc(
            "The SD params of one message as typed fields. Names are flattened paths: {@code"
                + " source.hostname} for nested objects, a repeated name for each item of a list"
                + " of values, {@code targets.0.deviceId} for lists of objects and {@code"
                + " parameters.key} for maps.\n")
        .addField(
            FieldSpec.builder(
                    MessageModelWriter.listOf(types.sdParam()), "params", Modifier.PRIVATE)
                .addModifiers(Modifier.FINAL)
                .build())
        .addField(
            FieldSpec.builder(int[].class, "slots", Modifier.PRIVATE, Modifier.FINAL)
                .addJavadoc(
                    "The first param of each name, by name hash: its index + 1, 0 for a free"
                        + " slot. Open addressing keeps the index to one small array, and the"
                        + " hash of a nested name is combined from its parts, never built.\n")
                .build())
        .addType(failure())
        .addMethod(constructor())
        .addMethod(path())
        .addMethod(has())
        .addMethod(named())
        .addMethod(first())
        .addMethod(slot())
        .addMethod(value(false))
        .addMethod(value(true))
        .addMethod(values())
        .addMethod(map())
        .addMethod(count())
        .addMethod(required())
        .addMethod(construct())
        .addMethod(convert())
        .addMethod(bool())
        .addMethod(dateTime())
        .build();
  }

  private MethodSpec constructor() {
    return MethodSpec.constructorBuilder()
        .addParameter(MessageModelWriter.listOf(types.sdParam()), "params")
        .addStatement("this.params = params")
        .addStatement("this.slots = new int[Integer.highestOneBit(params.size() * 2 + 1) * 2]")
        .beginControlFlow("for (int i = 0; i < params.size(); i++)")
        .addStatement("String name = params.get(i).name()")
        .addStatement("int slot = slot(name.hashCode())")
        .beginControlFlow(
            "while (slots[slot] != 0 && !params.get(slots[slot] - 1).name().equals(name))")
        .addStatement("slot = (slot + 1) & (slots.length - 1)")
        .endControlFlow()
        .beginControlFlow("if (slots[slot] == 0)")
        .addStatement("slots[slot] = i + 1")
        .endControlFlow()
        .endControlFlow()
        .build();
  }

  private MethodSpec first() {
    return MethodSpec.methodBuilder("first")
        .addModifiers(Modifier.PRIVATE)
        .addJavadoc(
            "The first param called {@code prefix + name}, or null. {@code String.hashCode} of a"
                + " concatenation is {@code hash(prefix) * 31^length(name) + hash(name)}.\n")
        .returns(types.sdParam())
        .addParameter(String.class, "prefix")
        .addParameter(String.class, "name")
        .addStatement("int hash = name.hashCode()")
        .beginControlFlow("if (!prefix.isEmpty())")
        .addStatement("int scale = 1")
        .beginControlFlow("for (int i = 0; i < name.length(); i++)")
        .addStatement("scale *= 31")
        .endControlFlow()
        .addStatement("hash += prefix.hashCode() * scale")
        .endControlFlow()
        .beginControlFlow(
            "for (int slot = slot(hash); slots[slot] != 0; slot = (slot + 1) & (slots.length - 1))")
        .addStatement("$T param = params.get(slots[slot] - 1)", types.sdParam())
        .beginControlFlow("if (named(param, prefix, name))")
        .addStatement("return param")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return null")
        .build();
  }

  private MethodSpec slot() {
    return MethodSpec.methodBuilder("slot")
        .addModifiers(Modifier.PRIVATE)
        .returns(int.class)
        .addParameter(int.class, "hash")
        .addStatement("return $T.spread(hash) & (slots.length - 1)", types.sdNames())
        .build();
  }

  private TypeSpec failure() {
    return TypeSpec.classBuilder("Failure")
        .addModifiers(Modifier.STATIC, Modifier.FINAL)
        .superclass(RuntimeException.class)
        .addJavadoc("Carries a field's problem out of the nested reads; never leaves the package.\n")
        .addField(
            FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC)
                .addModifiers(Modifier.FINAL)
                .initializer("1L")
                .build())
        .addField(types.names().problem(), "problem", Modifier.PRIVATE, Modifier.FINAL, Modifier.TRANSIENT)
        .addMethod(
            MethodSpec.constructorBuilder()
                .addParameter(types.problemKind(), "kind")
                .addParameter(String.class, "message")
                .addParameter(String.class, "field")
                .addParameter(long.class, "offset")
                .addStatement("super(message, null, false, false)")
                .addStatement(
                    "this.problem = new $T(kind, message, field, offset)", types.names().problem())
                .build())
        .addMethod(
            MethodSpec.methodBuilder("problem")
                .returns(types.names().problem())
                .addStatement("return problem")
                .build())
        .build();
  }

  private static MethodSpec path() {
    return MethodSpec.methodBuilder("path")
        .addModifiers(Modifier.STATIC)
        .addJavadoc(
            "{@code prefix + name}; at the top level the constant {@code name} itself, whose"
                + " hash is computed once.\n")
        .returns(String.class)
        .addParameter(String.class, "prefix")
        .addParameter(String.class, "name")
        .addStatement("return prefix.isEmpty() ? name : prefix + name")
        .build();
  }

  private static MethodSpec has() {
    return MethodSpec.methodBuilder("has")
        .addJavadoc("True if any param name starts with {@code prefix}.\n")
        .returns(boolean.class)
        .addParameter(String.class, "prefix")
        .beginControlFlow("for (var param : params)")
        .beginControlFlow("if (param.name().startsWith(prefix))")
        .addStatement("return true")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return false")
        .build();
  }

  private MethodSpec named() {
    return MethodSpec.methodBuilder("named")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addJavadoc("True if the param is called {@code prefix + name}; no string is built.\n")
        .returns(boolean.class)
        .addParameter(types.sdParam(), "param")
        .addParameter(String.class, "prefix")
        .addParameter(String.class, "name")
        .addStatement("String full = param.name()")
        .addComment("A known name read from a line is the very constant asked for: equals ends at once.")
        .addStatement(
            "return prefix.isEmpty() ? full.equals(name) : full.length() == prefix.length() +"
                + " name.length() && full.startsWith(prefix) && full.startsWith(name,"
                + " prefix.length())")
        .build();
  }

  private MethodSpec value(boolean enumeration) {
    return MethodSpec.methodBuilder(enumeration ? "enumValue" : "value")
        .addJavadoc(
            enumeration
                ? "The first value of {@code prefix + name} as an enum constant, or null.\n"
                : "The first value of {@code prefix + name}, converted, or null if absent.\n")
        .addTypeVariable(T)
        .returns(T)
        .addParameter(String.class, "prefix")
        .addParameter(String.class, "name")
        .addParameter(CONVERSION, "conversion")
        .addStatement("$T param = first(prefix, name)", types.sdParam())
        .addStatement(
            "return param == null ? null : convert(param, conversion, $T.$L)",
            types.problemKind(),
            enumeration ? "UNKNOWN_ENUM_VALUE" : "INVALID_VALUE")
        .build();
  }

  private MethodSpec values() {
    return MethodSpec.methodBuilder("values")
        .addJavadoc("Every value of {@code prefix + name} in wire order, converted; null if none.\n")
        .addTypeVariable(T)
        .returns(ParameterizedTypeName.get(ClassName.get(List.class), T))
        .addParameter(String.class, "prefix")
        .addParameter(String.class, "name")
        .addParameter(CONVERSION, "conversion")
        .addStatement("$T<T> values = new $T<>()", List.class, ArrayList.class)
        .beginControlFlow("for (var param : params)")
        .beginControlFlow("if (named(param, prefix, name))")
        .addStatement("values.add(convert(param, conversion, $T.INVALID_VALUE))", types.problemKind())
        .endControlFlow()
        .endControlFlow()
        .addStatement("return values.isEmpty() ? null : values")
        .build();
  }

  private MethodSpec map() {
    return MethodSpec.methodBuilder("map")
        .addJavadoc("The params named {@code prefix + name + '.' + key}, by key; null if none.\n")
        .addTypeVariable(T)
        .returns(ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), T))
        .addParameter(String.class, "prefix")
        .addParameter(String.class, "name")
        .addParameter(CONVERSION, "conversion")
        .addStatement("String path = prefix + name + '.'")
        .addStatement("$T<String, T> map = new $T<>()", Map.class, LinkedHashMap.class)
        .beginControlFlow("for (var param : params)")
        .beginControlFlow("if (param.name().startsWith(path))")
        .addStatement(
            "map.put(param.name().substring(path.length()), convert(param, conversion, $T.INVALID_VALUE))",
            types.problemKind())
        .endControlFlow()
        .endControlFlow()
        .addStatement("return map.isEmpty() ? null : map")
        .build();
  }

  private MethodSpec count() {
    return MethodSpec.methodBuilder("count")
        .addJavadoc(
            "How many items a list of objects has: one more than the highest index {@code i} in"
                + " names {@code path.i.*}; an index beyond the number of params is invalid.\n")
        .returns(int.class)
        .addParameter(String.class, "path")
        .addStatement("String prefix = path + '.'")
        .addStatement("int count = 0")
        .beginControlFlow("for (var param : params)")
        .beginControlFlow("if (!param.name().startsWith(prefix))")
        .addStatement("continue")
        .endControlFlow()
        .addStatement("int dot = param.name().indexOf('.', prefix.length())")
        .addStatement(
            "String index = param.name().substring(prefix.length(), dot < 0 ? param.name().length() : dot)")
        .addStatement("int i = convert(param, text -> Integer.valueOf(index), $T.INVALID_VALUE)", types.problemKind())
        .beginControlFlow("if (i < 0 || i >= params.size())")
        .addStatement(
            "throw new Failure($T.INVALID_VALUE, $S + index + $S + param.name(), param.name(), param.valueOffset())",
            types.problemKind(),
            "list index ",
            " out of range in ")
        .endControlFlow()
        .addStatement("count = Math.max(count, i + 1)")
        .endControlFlow()
        .addStatement("return count")
        .build();
  }

  private MethodSpec required() {
    return MethodSpec.methodBuilder("required")
        .addJavadoc("{@code value}, unless it is null: then the field is missing.\n")
        .addTypeVariable(T)
        .returns(T)
        .addParameter(String.class, "prefix")
        .addParameter(String.class, "name")
        .addParameter(T, "value")
        .beginControlFlow("if (value == null)")
        .addStatement("String path = prefix + name")
        .addStatement(
            "throw new Failure($T.MISSING_FIELD, $S + path + $S, path, -1)",
            types.problemKind(),
            "required field '",
            "' is missing")
        .endControlFlow()
        .addStatement("return value")
        .build();
  }

  private MethodSpec construct() {
    return MethodSpec.methodBuilder("construct")
        .addJavadoc(
            "Builds a record; a value its constructor rejects (pattern, length, range, const)"
                + " becomes a problem of the object at {@code path}.\n")
        .addTypeVariable(T)
        .returns(T)
        .addParameter(String.class, "path")
        .addParameter(ParameterizedTypeName.get(ClassName.get(Supplier.class), T), "constructor")
        .beginControlFlow("try")
        .addStatement("return constructor.get()")
        .nextControlFlow("catch (IllegalArgumentException | NullPointerException e)")
        .addStatement(
            "throw new Failure($T.INVALID_VALUE, e.getMessage(), path.isEmpty() ? null : path, -1)",
            types.problemKind())
        .endControlFlow()
        .build();
  }

  private MethodSpec convert() {
    return MethodSpec.methodBuilder("convert")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addTypeVariable(T)
        .returns(T)
        .addParameter(types.sdParam(), "param")
        .addParameter(CONVERSION, "conversion")
        .addParameter(types.problemKind(), "kind")
        .beginControlFlow("try")
        .addStatement("return conversion.apply(param.value())")
        .nextControlFlow("catch (RuntimeException e)")
        .addComment("Every JDK parse method and enum fromValue reports bad text this way.")
        .addStatement(
            "throw new Failure(kind, $S + param.name() + $S + param.value() + $S + e.getMessage(),"
                + " param.name(), param.valueOffset())",
            "field '",
            "': cannot read '",
            "': ")
        .endControlFlow()
        .build();
  }

  private MethodSpec dateTime() {
    return MethodSpec.methodBuilder("dateTime")
        .addModifiers(Modifier.STATIC)
        .addJavadoc(
            "An ISO 8601 date-time with offset. The RFC 5424 form takes the syslog parser's fast"
                + " path; other forms (such as no seconds) go to {@code OffsetDateTime.parse}.\n")
        .returns(OffsetDateTime.class)
        .addParameter(String.class, "text")
        .addStatement("$T fast = $T.timestamp(text)", OffsetDateTime.class, types.rfc5424Parser())
        .addStatement("return fast != null ? fast : $T.parse(text)", OffsetDateTime.class)
        .build();
  }

  private static MethodSpec bool() {
    return MethodSpec.methodBuilder("bool")
        .addModifiers(Modifier.STATIC)
        .addJavadoc("Exactly {@code true} or {@code false}, unlike {@code Boolean.valueOf}.\n")
        .returns(Boolean.class)
        .addParameter(String.class, "text")
        .beginControlFlow("if (!text.equals($S) && !text.equals($S))", "true", "false")
        .addStatement("throw new IllegalArgumentException($S)", "not a boolean")
        .endControlFlow()
        .addStatement("return Boolean.valueOf(text)")
        .build();
  }
}
