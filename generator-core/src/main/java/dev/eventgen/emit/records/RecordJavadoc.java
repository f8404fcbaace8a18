package dev.eventgen.emit.records;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import dev.eventgen.model.ObjectType;
import java.util.List;

/** The Javadoc of a generated record: the schema's doc, the reading policy, one @param each. */
final class RecordJavadoc {

  private RecordJavadoc() {}

  static CodeBlock of(ObjectType type, List<Component> components) {
    CodeBlock.Builder doc = CodeBlock.builder();
    String summary = JavadocText.sentence(type.doc());
    doc.add("$L\n\n", summary.isEmpty() ? "The {@code " + type.name() + "} object." : summary);
    boolean collects = components.stream().anyMatch(Component::isAdditionalProperties);
    doc.add(
        "<p>$L\n",
        collects
            ? "JSON properties the schema does not declare are kept in the additional"
                + " properties map."
            : "Unknown JSON properties are ignored (tolerant reader): newer producers may add"
                + " optional fields.");
    if (!components.isEmpty()) {
      doc.add("\n");
    }
    for (Component component : components) {
      doc.add("@param $L $L\n", component.javaName(), describe(component));
    }
    if (type.deprecated()) {
      doc.add("@deprecated the spec marks this schema as deprecated\n");
    }
    return doc.build();
  }

  static String describe(Component component) {
    if (component.isAdditionalProperties()) {
      return "properties the schema does not declare, by JSON name; empty if none";
    }
    StringBuilder text = new StringBuilder(JavadocText.sentence(component.property().doc()));
    String wireName = component.property().wireName();
    if (!wireName.equals(component.javaName())) {
      append(text, "JSON property " + JavadocText.code(wireName) + ".");
    }
    append(text, component.required() ? "Required." : "Optional: null when absent.");
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
