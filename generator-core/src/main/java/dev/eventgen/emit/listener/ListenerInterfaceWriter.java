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
 * Writes {@code <Api>EventListener}: one no-op default method per message; the three methods that
 * report what could not be delivered it inherits from the runtime's {@code EventListener}.
 */
final class ListenerInterfaceWriter {

  TypeSpec write(JavaNames names) {
    Api api = names.api();
    TypeSpec.Builder listener =
        TypeSpec.interfaceBuilder(names.listener())
            .addModifiers(Modifier.PUBLIC)
            .addSuperinterface(names.eventListenerBase())
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
    return listener.build();
  }

  private static String typeDoc(Api api, JavaNames names) {
    return "Receives the events of the "
        + Javadocs.escape(api.title() + " " + api.version())
        + ", whichever transport they arrive by. Every method has a no-op default: override"
        + " those you need.\n\n"
        + "<p>What could not be delivered is reported to {@link #onMalformed}, {@link"
        + " #onUnknown} and {@link #onListenerFailure}, inherited from {@link "
        + names.eventListenerBase().simpleName()
        + "}, which also states the delivery guarantees: nothing dropped silently,"
        + " at-least-once, nothing a method throws stops the consumer.\n\n"
        + "<p>Threads: JMS subscribers call it from one thread per channel, so different channels"
        + " at the same time (implementations must be thread-safe) and each channel in order,"
        + " unless built with {@code orderedDelivery()} (one thread, arrival order); syslog"
        + " receivers from their one dispatch thread, in arrival order.\n";
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
}
