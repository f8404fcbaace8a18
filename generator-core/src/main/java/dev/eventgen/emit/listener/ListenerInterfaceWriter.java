package dev.eventgen.emit.listener;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.eventgen.emit.JavaNames;
import dev.eventgen.emit.Javadocs;
import dev.eventgen.model.Api;
import dev.eventgen.model.Message;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Api>EventListener}: one no-op default method per message, plus the three methods
 * that report what could not be delivered.
 */
final class ListenerInterfaceWriter {

  TypeSpec write(JavaNames names) {
    Api api = names.api();
    TypeSpec.Builder listener =
        TypeSpec.interfaceBuilder(names.listener())
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("$L", Javadocs.wrap(typeDoc(api, names)));
    if (api.messages().stream().anyMatch(Message::deprecated)) {
      listener.addAnnotation(
          AnnotationSpec.builder(SuppressWarnings.class)
              .addMember("value", "$S", "deprecation")
              .build());
    }
    for (Message message : api.messages()) {
      listener.addMethod(eventMethod(names, message));
    }
    return listener
        .addMethod(problemMethod(names, "onMalformed", malformedDoc()))
        .addMethod(problemMethod(names, "onUnknown", unknownDoc()))
        .addMethod(failureMethod(names))
        .build();
  }

  private static String typeDoc(Api api, JavaNames names) {
    return "Receives the events of the "
        + Javadocs.escape(api.title() + " " + api.version())
        + ", whichever transport they arrive by. Every method has a no-op default: override"
        + " those you need.\n\n"
        + "<p>Guarantees of the generated dispatchers:\n"
        + "<ul>\n"
        + "  <li>Every message received is either delivered to exactly one typed method, or"
        + " reported to {@link #onMalformed} or {@link #onUnknown}: nothing is dropped"
        + " silently.\n"
        + "  <li>Delivery is at-least-once: after a crash or a lost connection a message may"
        + " arrive again ({@link "
        + names.eventContext().simpleName()
        + "#redelivered()} tells, where the transport knows). Make processing idempotent, e.g."
        + " keyed on the event id.\n"
        + "  <li>An exception thrown by a method is reported to {@link #onListenerFailure} and"
        + " the message counts as handled; it never stops the consumer, and the next message"
        + " follows.\n"
        + "  <li>Methods run on the transport's consumer threads, one message at a time per"
        + " consumer; with several consumers, implementations must be thread-safe.\n"
        + "</ul>\n";
  }

  private static MethodSpec eventMethod(JavaNames names, Message message) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(names.listenerMethod(message))
            .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
            .addJavadoc("$L\n\n", Javadocs.wrap(MessageDocs.describe(message)))
            .addJavadoc("@param event the event, validated against the spec\n")
            .addJavadoc("@param context where and how it arrived, with the raw body\n")
            .addParameter(names.messageClass(message), "event")
            .addParameter(names.eventContext(), "context");
    if (message.deprecated()) {
      method.addAnnotation(Deprecated.class);
    }
    return method.build();
  }

  private static String malformedDoc() {
    return "A message of a known kind whose body cannot be read: not well-formed, too large, or"
        + " violating the spec (wrong type, missing required field, unknown enum value, const"
        + " mismatch).\n\n"
        + "@param context where and how it arrived; {@code context.body()} holds the raw bytes\n"
        + "@param problem what is wrong, and where\n";
  }

  private static String unknownDoc() {
    return "A message that maps to no message of the API (unknown destination, type or"
        + " discriminator value), e.g. from a newer producer.\n\n"
        + "@param context where and how it arrived; {@code context.body()} holds the raw bytes\n"
        + "@param problem why it could not be mapped\n";
  }

  private static MethodSpec problemMethod(JavaNames names, String name, String doc) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
        .addJavadoc("$L", Javadocs.wrap(doc))
        .addParameter(names.eventContext(), "context")
        .addParameter(names.problem(), "problem")
        .build();
  }

  private static MethodSpec failureMethod(JavaNames names) {
    return MethodSpec.methodBuilder("onListenerFailure")
        .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
        .addJavadoc(
            "$L",
            Javadocs.wrap(
                "A typed method threw. The message counts as handled and is not redelivered; an"
                    + " exception thrown here is logged and dropped.\n\n"
                    + "@param context the message the method was called for\n"
                    + "@param failure what it threw\n"))
        .addParameter(names.eventContext(), "context")
        .addParameter(RuntimeException.class, "failure")
        .build();
  }
}
