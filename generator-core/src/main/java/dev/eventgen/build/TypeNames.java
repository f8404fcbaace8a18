package dev.eventgen.build;

import dev.eventgen.diagnostic.Diagnostics;
import dev.eventgen.diagnostic.ErrorCode;
import dev.eventgen.diagnostic.Location;
import dev.eventgen.model.Identifiers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hands out unique PascalCase type names. Names the user chose (component keys, and message names
 * for payloads) are reserved up front, so a name derived from a parent and a property never takes
 * them. Two chosen names that differ but become the same Java name ({@code call-info}, {@code
 * CallInfo}) are an error the user must fix; any other collision gets a numeric suffix, in the
 * order types are met, which follows the document and so is stable. A qualified Java class name
 * ({@code io.acme.dtos.OrderDto}, as springwolf writes them) becomes its simple name, or, if
 * another chosen name took that, the simple name prefixed with as many package segments as it takes
 * to be unique ({@code DtosOrderDto}), again in document order.
 */
final class TypeNames {

  private record Claim(String raw, boolean explicit) {}

  private final Map<String, Claim> claims = new HashMap<>();
  private final Map<String, String> reserved = new HashMap<>();
  private final Map<String, String> chosen = new HashMap<>();
  private final Diagnostics diagnostics;

  TypeNames(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * Keeps a name free for the explicit claim of the same raw name (a component key, a message
   * name), so a derived name met earlier never takes it.
   */
  void reserve(String raw) {
    if (chosen.containsKey(raw)) {
      return;
    }
    List<String> candidates = Identifiers.typeNameCandidates(raw);
    String name =
        candidates.stream()
            .filter(c -> !reserved.containsKey(c))
            .findFirst()
            .orElse(candidates.get(candidates.size() - 1));
    reserved.putIfAbsent(name, raw);
    chosen.put(raw, name);
  }

  /**
   * A unique name for a new type.
   *
   * @param explicit true if the user chose the name (a component key)
   */
  String claim(String raw, boolean explicit, Location location) {
    String name = chosen.getOrDefault(raw, Identifiers.typeName(raw));
    Claim existing = claims.get(name);
    if (existing != null && explicit && existing.explicit() && !existing.raw().equals(raw)) {
      ErrorCode.E014.report(
          diagnostics,
          location,
          "schemas '"
              + existing.raw()
              + "' and '"
              + raw
              + "' would both become the Java type '"
              + name
              + "'; rename one of them");
    }
    String unique = name;
    for (int n = 2; claims.containsKey(unique) || isReservedForOther(unique, raw, explicit); n++) {
      unique = name + n;
    }
    claims.put(unique, new Claim(raw, explicit));
    return unique;
  }

  private boolean isReservedForOther(String name, String raw, boolean explicit) {
    String owner = reserved.get(name);
    return owner != null && !(explicit && owner.equals(raw));
  }
}
