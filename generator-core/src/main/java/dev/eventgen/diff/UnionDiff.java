package dev.eventgen.diff;

import dev.eventgen.model.TypeRef;
import dev.eventgen.model.UnionType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Compares the variants of two unions, matched by discriminator value when there is one, else by
 * variant type name.
 */
final class UnionDiff {

  private final TypeDiff types;
  private final ChangeLog log;

  UnionDiff(TypeDiff types, ChangeLog log) {
    this.types = types;
    this.log = log;
  }

  void compare(Site type, UnionType old, UnionType now) {
    if (!Objects.equals(old.discriminator(), now.discriminator())) {
      log.breaking(
          type,
          "discriminator changed from "
              + quote(old.discriminator())
              + " to "
              + quote(now.discriminator()));
      return;
    }
    Map<String, TypeRef> was = variants(old);
    Map<String, TypeRef> is = variants(now);
    was.forEach(
        (key, variant) -> {
          if (!is.containsKey(key)) {
            log.breaking(type, "variant '" + key + "' removed");
          } else {
            types.compare(type.child("variant '" + key + "'", "oneOf"), variant, is.get(key));
          }
        });
    is.keySet().stream()
        .filter(key -> !was.containsKey(key))
        .forEach(key -> log.compatible(type, "variant '" + key + "' added"));
  }

  private static Map<String, TypeRef> variants(UnionType union) {
    Map<String, TypeRef> byKey = new LinkedHashMap<>();
    for (int i = 0; i < union.variants().size(); i++) {
      TypeRef variant = union.variants().get(i);
      String key = union.variantValues().isEmpty() ? variant.name() : union.variantValues().get(i);
      byKey.put(key, variant);
    }
    return byKey;
  }

  private static String quote(String name) {
    return name == null ? "none" : "'" + name + "'";
  }
}
