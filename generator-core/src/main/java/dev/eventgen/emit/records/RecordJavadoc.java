package dev.eventgen.emit.records;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import dev.eventgen.emit.Javadocs;
import dev.eventgen.model.Message;
import dev.eventgen.model.ObjectType;
import dev.eventgen.model.Scalar;
import java.util.List;

/** The Javadoc of a generated record: the schema's doc, the reading policy, one @param each. */
final class RecordJavadoc {

  private RecordJavadoc() {}

  /**
   * @param messages the messages whose payload the record is; their titles stand in for a missing
   *     schema doc, and their names are listed
   */
  static CodeBlock of(ObjectType type, List<Message> messages, List<Component> components) {
    CodeBlock.Builder doc = CodeBlock.builder();
    doc.add("$L\n\n", Javadocs.wrap(summary(type, messages), ""));
    for (Message message : messages) {
      doc.add("<p>The payload of the $L message.\n\n", Javadocs.code(message.name()));
    }
    boolean collects = components.stream().anyMatch(Component::isAdditionalProperties);
    doc.add(
        "<p>$L\n",
        collects
            ? "JSON properties the schema does not declare are kept in the additional"
                + " properties map."
            : "Unknown JSON properties are ignored (tolerant reader): newer producers may add\n"
                + "optional fields.");
    if (!components.isEmpty()) {
      doc.add("\n");
    }
    for (Component component : components) {
      String param = "@param " + component.javaName() + " " + describe(component);
      doc.add("$L\n", Javadocs.wrap(param, "    "));
    }
    if (type.deprecated()) {
      doc.add("@deprecated the spec marks this schema as deprecated\n");
    }
    return doc.build();
  }

  private static String summary(ObjectType type, List<Message> messages) {
    String summary = Javadocs.sentence(type.doc());
    for (int i = 0; summary.isEmpty() && i < messages.size(); i++) {
      summary = Javadocs.sentence(MessageDocs.summary(messages.get(i)));
    }
    return summary.isEmpty() ? "The {@code " + type.name() + "} object." : summary;
  }

  static String describe(Component component) {
    if (component.isAdditionalProperties()) {
      return "properties the schema does not declare, by JSON name; empty if none";
    }
    StringBuilder text = new StringBuilder(Javadocs.sentence(component.property().doc()));
    String wireName = component.property().wireName();
    if (!wireName.equals(component.javaName())) {
      append(text, "JSON property " + Javadocs.code(wireName) + ".");
    }
    append(text, component.required() ? "Required." : "Optional: null when absent.");
    if (component.property().type() instanceof Scalar scalar
        && scalar.constraints().constValue() != null) {
      append(
          text, "Always " + Javadocs.code(String.valueOf(scalar.constraints().constValue())) + ".");
    }
    if (component.type() instanceof ArrayTypeName) {
      append(text, "An array, so {@code equals} compares it by identity.");
    }
    if (component.deprecated()) {
      append(text, "Deprecated.");
    }
    return text.toString();
  }

  private static void append(StringBuilder text, String sentence) {
    if (text.length() > 0) {
      text.append(' ');
    }
    text.append(sentence);
  }
}
