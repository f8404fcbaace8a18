package dev.eventgen.emit.jms;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code JsonProblems}: turns what Jackson throws while reading a body into a precise {@code
 * Problem} (kind, message, field path, byte offset).
 */
final class JsonProblemsWriter {

  private static final String CORE = "com.fasterxml.jackson.core";
  private static final String DATABIND = "com.fasterxml.jackson.databind";
  private static final ClassName STREAM_READ_EXCEPTION =
      ClassName.get(CORE + ".exc", "StreamReadException");
  private static final ClassName JSON_LOCATION = ClassName.get(CORE, "JsonLocation");
  private static final ClassName MAPPING_EXCEPTION =
      ClassName.get(DATABIND, "JsonMappingException");
  private static final ClassName REFERENCE = MAPPING_EXCEPTION.nestedClass("Reference");
  private static final ClassName INSTANTIATION_EXCEPTION =
      ClassName.get(DATABIND + ".exc", "ValueInstantiationException");
  private static final ClassName FORMAT_EXCEPTION =
      ClassName.get(DATABIND + ".exc", "InvalidFormatException");

  /** How the records target's compact constructors reject a missing required field. */
  private static final String REQUIRED = " is required";

  private static final String MISSING_CREATOR_PROPERTY = "Missing required creator property";

  private final JmsNames jms;
  private final ClassName problem;
  private final ClassName kind;

  JsonProblemsWriter(JmsNames jms) {
    this.jms = jms;
    this.problem = jms.names().problem();
    this.kind = problem.nestedClass("Kind");
  }

  TypeSpec write() {
    return TypeSpec.classBuilder(jms.jsonProblems())
        .addModifiers(Modifier.FINAL)
        .addJavadoc(
            "Turns what Jackson throws while reading a body into a {@link $T}: kind, message,"
                + "\nfield path and byte offset.\n",
            problem)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(of())
        .addMethod(instantiation())
        .addMethod(format())
        .addMethod(mapping())
        .addMethod(missing())
        .addMethod(path())
        .addMethod(offset())
        .build();
  }

  private MethodSpec of() {
    return MethodSpec.methodBuilder("of")
        .addJavadoc("The problem a failed read reports.\n")
        .addModifiers(Modifier.STATIC)
        .returns(problem)
        .addParameter(IOException.class, "failure")
        .beginControlFlow("if (failure instanceof $T syntax)", STREAM_READ_EXCEPTION)
        .addStatement(
            "return new $T($T.SYNTAX, syntax.getOriginalMessage(), null,"
                + "$Woffset(syntax.getLocation()))",
            problem,
            kind)
        .endControlFlow()
        .beginControlFlow("if (failure instanceof $T invalid)", INSTANTIATION_EXCEPTION)
        .addStatement("return instantiation(invalid)")
        .endControlFlow()
        .beginControlFlow("if (failure instanceof $T format)", FORMAT_EXCEPTION)
        .addStatement("return format(format)")
        .endControlFlow()
        .beginControlFlow("if (failure instanceof $T mapping)", MAPPING_EXCEPTION)
        .addStatement("return mapping(mapping)")
        .endControlFlow()
        .addStatement(
            "return $T.of($T.SYNTAX, $T.valueOf(failure.getMessage()))",
            problem,
            kind,
            String.class)
        .build();
  }

  private MethodSpec instantiation() {
    return MethodSpec.methodBuilder("instantiation")
        .addJavadoc(
            "A record's or enum's factory refused the values; its message says why. A required"
                + "\nfield that is null fails with {@code Type.field is required}, which names the"
                + "\nfield.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(problem)
        .addParameter(INSTANTIATION_EXCEPTION, "failure")
        .addStatement(
            "$T cause = failure.getCause() == null ? failure : failure.getCause()", Throwable.class)
        .addStatement(
            "$T message =$Wcause.getMessage() == null ? failure.getOriginalMessage() :"
                + " cause.getMessage()",
            String.class)
        .addStatement("$T path = path(failure)", String.class)
        .addStatement("long offset = offset(failure.getLocation())")
        .beginControlFlow("if (failure.getType() != null && failure.getType().isEnumType())")
        .addStatement("return new $T($T.UNKNOWN_ENUM_VALUE, message, path, offset)", problem, kind)
        .endControlFlow()
        .beginControlFlow(
            "if (cause instanceof $T && message.endsWith($S))",
            NullPointerException.class,
            REQUIRED)
        .addStatement(
            "$T qualified = message.substring(0, message.length() - $S.length())",
            String.class,
            REQUIRED)
        .addStatement(
            "$T field = qualified.substring(qualified.lastIndexOf('.') + 1)", String.class)
        .addStatement("return missing(message, path, field, offset)")
        .endControlFlow()
        .addStatement("return new $T($T.INVALID_VALUE, message, path, offset)", problem, kind)
        .build();
  }

  private MethodSpec format() {
    return MethodSpec.methodBuilder("format")
        .addJavadoc("A value of the right JSON type that does not convert, e.g. a bad UUID.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(problem)
        .addParameter(FORMAT_EXCEPTION, "failure")
        .addStatement(
            "$T kind = failure.getTargetType() != null && failure.getTargetType().isEnum()"
                + "$W? $T.UNKNOWN_ENUM_VALUE$W: $T.INVALID_VALUE",
            kind,
            kind,
            kind)
        .addStatement(
            "return new $T(kind, failure.getOriginalMessage(), path(failure),"
                + "$Woffset(failure.getLocation()))",
            problem)
        .build();
  }

  private MethodSpec mapping() {
    return MethodSpec.methodBuilder("mapping")
        .addJavadoc(
            "A value of the wrong JSON type, or a required creator property Jackson found"
                + "\nmissing (then the path names the missing field).\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(problem)
        .addParameter(MAPPING_EXCEPTION, "failure")
        .addStatement("$T message = failure.getOriginalMessage()", String.class)
        .addStatement("$T path = path(failure)", String.class)
        .addStatement("long offset = offset(failure.getLocation())")
        .beginControlFlow(
            "if (message != null && message.startsWith($S))", MISSING_CREATOR_PROPERTY)
        .addStatement("int start = message.indexOf('\\'') + 1")
        .addStatement(
            "$T field = message.substring(start, message.indexOf('\\'', start))", String.class)
        .addStatement("return missing(message, path, field, offset)")
        .endControlFlow()
        .addStatement("return new $T($T.INVALID_VALUE, message, path, offset)", problem, kind)
        .build();
  }

  private MethodSpec missing() {
    return MethodSpec.methodBuilder("missing")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(problem)
        .addParameter(String.class, "message")
        .addParameter(String.class, "path")
        .addParameter(String.class, "field")
        .addParameter(long.class, "offset")
        .addStatement(
            "return new $T($T.MISSING_FIELD, message,$Wpath == null ? field : path + '.' + field,"
                + " offset)",
            problem,
            kind)
        .build();
  }

  private static MethodSpec path() {
    return MethodSpec.methodBuilder("path")
        .addJavadoc(
            "{@code source.hostname}, {@code targetDevices[2].status}; null for the whole body.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(String.class)
        .addParameter(MAPPING_EXCEPTION, "failure")
        .addStatement("$T path = new $T()", StringBuilder.class, StringBuilder.class)
        .beginControlFlow("for ($T reference : failure.getPath())", REFERENCE)
        .beginControlFlow("if (reference.getFieldName() != null)")
        .addStatement(
            "path.append(path.length() == 0 ? \"\" : \".\").append(reference.getFieldName())")
        .nextControlFlow("else if (reference.getIndex() >= 0)")
        .addStatement("path.append('[').append(reference.getIndex()).append(']')")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return path.length() == 0 ? null : path.toString()")
        .build();
  }

  private static MethodSpec offset() {
    return MethodSpec.methodBuilder("offset")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(long.class)
        .addParameter(JSON_LOCATION, "location")
        .addStatement("return location == null ? -1 : location.getByteOffset()")
        .build();
  }
}
