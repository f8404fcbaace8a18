package dev.eventgen.emit.listener;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.eventgen.emit.JavaNames;
import dev.eventgen.emit.Javadocs;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/** Writes the transport-neutral {@code Problem} record: why a message could not be delivered. */
final class ProblemWriter {

  private static final String[][] KINDS = {
    {"SYNTAX", "The body is not well-formed (not JSON, not a syslog frame)."},
    {"MISSING_FIELD", "A required field is absent or null."},
    {"INVALID_VALUE", "A field has the wrong type, or violates a constraint such as a const."},
    {"UNKNOWN_ENUM_VALUE", "A field holds a value its enumeration does not list."},
    {"UNKNOWN_MESSAGE", "The message maps to no message of the API."},
    {"TOO_LARGE", "The body exceeds the configured size limit; it was not parsed."},
    {"TRANSPORT", "The transport failed to hand over the message (e.g. a JMS error)."}
  };

  TypeSpec write(JavaNames names) {
    ClassName problem = names.problem();
    ClassName kind = problem.nestedClass("Kind");
    return TypeSpec.recordBuilder(problem)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc(
            "$L",
            Javadocs.wrap(
                "Why a received message could not be delivered as a typed event: what went wrong,"
                    + " and where.\n\n"
                    + "@param kind the category of the problem\n"
                    + "@param message a human-readable explanation naming the offending value\n"
                    + "@param field path of the offending field ({@code source.hostname},"
                    + " {@code targetDevices[2].status}), or null if the problem is not about one"
                    + " field\n"
                    + "@param offset byte offset in the body where the problem was found, or -1 if"
                    + " unknown\n"))
        .recordConstructor(
            MethodSpec.compactConstructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addParameter(kind, "kind")
                .addParameter(String.class, "message")
                .addParameter(String.class, "field")
                .addParameter(long.class, "offset")
                .addStatement("$T.requireNonNull(kind, $S)", Objects.class, "kind")
                .addStatement("$T.requireNonNull(message, $S)", Objects.class, "message")
                .build())
        .addType(kindEnum(kind))
        .addMethod(
            MethodSpec.methodBuilder("of")
                .addJavadoc("A problem about the message as a whole: no field, no offset.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(problem)
                .addParameter(kind, "kind")
                .addParameter(String.class, "message")
                .addStatement("return new $T(kind, message, null, -1)", problem)
                .build())
        .addMethod(toStringMethod())
        .build();
  }

  private static TypeSpec kindEnum(ClassName kind) {
    TypeSpec.Builder builder =
        TypeSpec.enumBuilder(kind)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Categories of problems, so listeners can react without parsing text.\n");
    for (String[] constant : KINDS) {
      builder.addEnumConstant(
          constant[0], TypeSpec.anonymousClassBuilder("").addJavadoc("$L\n", constant[1]).build());
    }
    return builder.build();
  }

  private static MethodSpec toStringMethod() {
    return MethodSpec.methodBuilder("toString")
        .addJavadoc("{@code INVALID_VALUE at source.hostname (byte 42): ...}\n")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("$T text = new $T(kind.name())", StringBuilder.class, StringBuilder.class)
        .beginControlFlow("if (field != null)")
        .addStatement("text.append(\" at \").append(field)")
        .endControlFlow()
        .beginControlFlow("if (offset >= 0)")
        .addStatement("text.append(\" (byte \").append(offset).append(')')")
        .endControlFlow()
        .addStatement("return text.append(\": \").append(message).toString()")
        .build();
  }
}
