package dev.eventgen.emit.jms;

import static dev.eventgen.emit.jms.JmsTypes.SESSION;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * Writes the subscriber's nested {@code Acknowledgement} enum: when a received message is
 * acknowledged. Both modes acknowledge only after the listener returned (the dispatcher never
 * throws), so both are at-least-once; they differ in how many handled messages may come again
 * after a crash or a lost connection, and in cost.
 */
final class AcknowledgementWriter {

  private AcknowledgementWriter() {}

  static TypeSpec write(ClassName type) {
    return TypeSpec.enumBuilder(type)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc(
            "When the subscriber acknowledges a message: always after the listener returned, so"
                + "\na message is never lost, only possibly delivered again (at-least-once).\n")
        .addEnumConstant(
            "EACH",
            constant(
                "AUTO_ACKNOWLEDGE",
                "Each message, as soon as the listener returned (JMS {@code"
                    + " AUTO_ACKNOWLEDGE}):\n"
                    + "only a message whose listener was running, or whose acknowledgement had not"
                    + " yet\nreached the broker, when the subscriber died or lost its connection"
                    + " comes again.\nThe default.\n"))
        .addEnumConstant(
            "LAZY",
            constant(
                "DUPS_OK_ACKNOWLEDGE",
                "In batches the provider chooses, each after the listener returned for all its\n"
                    + "messages (JMS {@code DUPS_OK_ACKNOWLEDGE}): cheaper, but after a crash or a"
                    + " lost\nconnection the messages of a batch not yet acknowledged come again,"
                    + " so listeners\nmust tolerate more duplicates.\n"))
        .addField(int.class, "sessionMode", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(
            MethodSpec.constructorBuilder()
                .addParameter(int.class, "sessionMode")
                .addStatement("this.sessionMode = sessionMode")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("sessionMode")
                .addJavadoc("The JMS session mode.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(int.class)
                .addStatement("return sessionMode")
                .build())
        .build();
  }

  private static TypeSpec constant(String sessionMode, String doc) {
    return TypeSpec.anonymousClassBuilder("$T.$L", SESSION, sessionMode)
        .addJavadoc("$L", doc)
        .build();
  }
}
