package dev.eventgen.emit.syslog;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/** Writes the decoder's {@code Result}: an event, or the problem that prevented reading one. */
final class DecoderResultWriter {

  private final SyslogTypes types;

  DecoderResultWriter(SyslogTypes types) {
    this.types = types;
  }

  TypeSpec write() {
    return new Records(
            "Result",
            "What decoding one syslog message gave: exactly one of {@code event} and {@code"
                + " problem} is set.")
        .component(
            ClassName.get(String.class),
            "messageName",
            "the API message the syslog message names, or null if it names none")
        .component(types.names().eventInterface(), "event", "the event, or null")
        .component(types.names().problem(), "problem", "why there is no event, or null")
        .compact(
            CodeBlock.builder()
                .beginControlFlow("if ((event == null) == (problem == null))")
                .addStatement(
                    "throw new IllegalArgumentException($S)",
                    "exactly one of event and problem must be set")
                .endControlFlow()
                .build())
        .builder()
        .addMethod(
            MethodSpec.methodBuilder("isEvent")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("True if the message was read as an event.\n")
                .returns(boolean.class)
                .addStatement("return event != null")
                .build())
        .build();
  }
}
