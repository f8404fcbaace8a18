package dev.eventgen.emit.syslog;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/** Writes {@code SyslogParseException}: where a line went wrong and what was expected there. */
final class ParseExceptionWriter {

  private final SyslogTypes types;

  ParseExceptionWriter(SyslogTypes types) {
    this.types = types;
  }

  TypeSpec write() {
    return TypeSpec.classBuilder(types.parseException())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(Exception.class)
        .addJavadoc(
            "A syslog line that cannot be read: the byte offset (from the start of the line) where"
                + " reading stopped and what was expected there.\n\n"
                + "<p>It carries no stack trace: it reports bad input, not a bug, and receivers may"
                + " see floods of it.\n")
        .addField(
            FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC)
                .addModifiers(Modifier.FINAL)
                .initializer("1L")
                .build())
        .addField(int.class, "offset", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String.class, "expected", Modifier.PRIVATE, Modifier.FINAL)
        .addField(boolean.class, "tooLarge", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(constructor())
        .addMethod(getter(TypeName.INT, "offset", "The byte offset, from the start of the line."))
        .addMethod(
            getter(
                TypeName.get(String.class),
                "expected",
                "What was expected at the offset, e.g. {@code \"'>' after PRI\"}."))
        .addMethod(
            getter(
                TypeName.BOOLEAN,
                "tooLarge",
                "True if the line was refused for its size rather than its content."))
        .build();
  }

  private MethodSpec constructor() {
    return MethodSpec.constructorBuilder()
        .addJavadoc(
            "@param offset byte offset from the start of the line\n"
                + "@param expected what was expected there\n"
                + "@param found what was found there, for the message\n"
                + "@param tooLarge true if the line is refused for its size\n")
        .addModifiers(Modifier.PUBLIC)
        .addParameter(int.class, "offset")
        .addParameter(String.class, "expected")
        .addParameter(String.class, "found")
        .addParameter(boolean.class, "tooLarge")
        .addStatement(
            "super($S + expected + $S + offset + $S + found, null, false, false)",
            "expected ",
            " at offset ",
            " but found ")
        .addStatement("this.offset = offset")
        .addStatement("this.expected = expected")
        .addStatement("this.tooLarge = tooLarge")
        .build();
  }

  private static MethodSpec getter(TypeName type, String name, String doc) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc(doc + "\n")
        .returns(type)
        .addStatement("return $N", name)
        .build();
  }
}
