package dev.eventgen.emit.records;

import com.palantir.javapoet.MethodSpec;
import dev.eventgen.emit.JavaNames;
import dev.eventgen.emit.Javadocs;
import dev.eventgen.model.Message;
import dev.eventgen.model.ObjectType;
import dev.eventgen.model.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The properties every message of the API carries with the same JSON name, Java name and Java type
 * ({@code eventId}, {@code timestamp} ...), as abstract accessors of the event interface: each
 * message record implements them with its component accessor, so a listener reads them from any
 * event without a switch. A message whose class wraps a non-object payload shares none.
 */
final class CommonProperties {

  private final JavaNames names;
  private final TypeMapper types;

  CommonProperties(JavaNames names, TypeMapper types) {
    this.names = names;
    this.types = types;
  }

  /** The accessors, in the order of the first message's properties. */
  List<MethodSpec> accessors() {
    List<Message> messages = names.api().messages();
    if (messages.isEmpty()) {
      return List.of();
    }
    Map<String, Component> common = new LinkedHashMap<>();
    components(messages.get(0)).forEach(c -> common.put(c.javaName(), c));
    Set<String> optional = new HashSet<>();
    for (Message message : messages) {
      Map<String, Component> theirs = new HashMap<>();
      components(message).forEach(c -> theirs.put(c.javaName(), c));
      common.values().removeIf(mine -> !same(mine, theirs.get(mine.javaName())));
      theirs.values().stream().filter(c -> !c.required()).forEach(c -> optional.add(c.javaName()));
    }
    List<MethodSpec> accessors = new ArrayList<>();
    for (Component component : common.values()) {
      accessors.add(accessor(component, optional.contains(component.javaName())));
    }
    return accessors;
  }

  private List<Component> components(Message message) {
    if (names.isWrapped(message)) {
      return List.of();
    }
    if (!(message.payload() instanceof TypeRef ref
        && names.api().resolve(ref) instanceof ObjectType type)) {
      return List.of();
    }
    return RecordComponents.of(type, types).stream()
        .filter(c -> !c.isAdditionalProperties())
        .toList();
  }

  private static boolean same(Component mine, Component theirs) {
    return theirs != null
        && mine.type().equals(theirs.type())
        && mine.property().wireName().equals(theirs.property().wireName());
  }

  private static MethodSpec accessor(Component component, boolean optional) {
    String doc = Javadocs.sentence(component.property().doc());
    String text =
        (doc.isEmpty() ? "The " + Javadocs.code(component.property().wireName()) + " field." : doc)
            + (optional ? " Null when absent." : "");
    return MethodSpec.methodBuilder(component.javaName())
        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
        .returns(component.type())
        .addJavadoc("$L\n", Javadocs.wrap(text))
        .build();
  }
}
