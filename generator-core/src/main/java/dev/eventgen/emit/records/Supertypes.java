package dev.eventgen.emit.records;

import com.palantir.javapoet.TypeName;
import dev.eventgen.emit.JavaNames;
import dev.eventgen.model.Message;
import dev.eventgen.model.NamedType;
import dev.eventgen.model.TypeRef;
import dev.eventgen.model.UnionType;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which sealed interfaces each record implements: every union it is a variant of (in model order),
 * then the API's event interface if it is a message class.
 */
final class Supertypes {

  private final Map<String, Set<TypeName>> byType = new HashMap<>();

  Supertypes(JavaNames names) {
    for (NamedType type : names.api().types()) {
      if (type instanceof UnionType union) {
        for (TypeRef variant : union.variants()) {
          add(variant.name(), names.type(union.name()));
        }
      }
    }
    for (Message message : names.api().messages()) {
      if (!names.isWrapped(message)) {
        add(((TypeRef) message.payload()).name(), names.eventInterface());
      }
    }
  }

  List<TypeName> of(NamedType type) {
    return List.copyOf(byType.getOrDefault(type.name(), Set.of()));
  }

  private void add(String typeName, TypeName supertype) {
    byType.computeIfAbsent(typeName, k -> new LinkedHashSet<>()).add(supertype);
  }
}
