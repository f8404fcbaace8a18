package dev.eventgen.emit.records;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeSpec;
import dev.eventgen.emit.JavaNames;
import dev.eventgen.emit.Javadocs;
import dev.eventgen.model.Message;
import dev.eventgen.model.TypeRef;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The sealed interface over every message class of the API ({@code CvpEvent}), so code can hold
 * "any event" and the compiler knows the complete list, with the accessors of the properties every
 * message shares ({@link CommonProperties}). It carries no Jackson type information: transports
 * know the message class from the channel or headers and read it directly.
 */
final class EventInterfaceWriter {

  private final JavaNames names;
  private final CommonProperties common;

  EventInterfaceWriter(JavaNames names, TypeMapper types) {
    this.names = names;
    this.common = new CommonProperties(names, types);
  }

  TypeSpec.Builder write() {
    Set<ClassName> classes = new LinkedHashSet<>();
    names.api().messages().forEach(m -> classes.add(names.messageClass(m)));
    TypeSpec.Builder spec =
        TypeSpec.interfaceBuilder(names.eventInterface())
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("$L", javadoc(names.api().messages()))
            .addMethods(common.accessors());
    if (!classes.isEmpty()) {
      // A sealed interface needs at least one permitted subclass.
      spec.addModifiers(Modifier.SEALED).addPermittedSubclasses(classes);
    }
    if (names.api().messages().stream().anyMatch(this::deprecatedClass)) {
      Deprecation.mark(spec, false, true);
    }
    return spec;
  }

  private boolean deprecatedClass(Message message) {
    return names.isWrapped(message)
        ? message.deprecated()
        : names.api().resolve((TypeRef) message.payload()).deprecated();
  }

  private CodeBlock javadoc(List<Message> messages) {
    CodeBlock.Builder doc = CodeBlock.builder();
    doc.add("A message of the {@link $T} API.\n", names.apiDescriptor());
    if (messages.isEmpty()) {
      return doc.build();
    }
    doc.add("\n<p>The messages:\n<ul>\n");
    for (Message message : messages) {
      // A simple name suffices in a link: every message class is in this package.
      String cls = names.messageClass(message).simpleName();
      String summary = MessageDocs.summary(message);
      String item =
          "  <li>{@link "
              + cls
              + "}"
              + (cls.equals(message.name()) ? "" : " (" + Javadocs.code(message.name()) + ")")
              + (summary == null ? "" : ": " + Javadocs.escape(summary))
              + (message.deprecated() ? " (deprecated)" : "");
      doc.add("$L\n", Javadocs.wrap(item, "      "));
    }
    doc.add("</ul>\n");
    if (!common.accessors().isEmpty()) {
      doc.add("\n<p>Its methods read the properties every message has, without a switch.\n");
    }
    return doc.build();
  }
}
