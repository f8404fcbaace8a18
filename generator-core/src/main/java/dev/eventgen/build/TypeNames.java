package dev.eventgen.build;

import dev.eventgen.check.ErrorCode;
import dev.eventgen.diagnostic.Diagnostics;
import dev.eventgen.diagnostic.Location;
import dev.eventgen.model.Identifiers;
import java.util.HashMap;
import java.util.Map;

/**
 * Hands out unique PascalCase type names. Two component schemas whose different keys become the
 * same Java name ({@code call-info}, {@code CallInfo}) are an error the user must fix; any other
 * collision (derived names, a component sharing a message's name) gets a numeric suffix, in the
 * order types are met, which follows the document and so is stable.
 */
final class TypeNames {

  private record Claim(String raw, boolean explicit) {}

  private final Map<String, Claim> claims = new HashMap<>();
  private final Diagnostics diagnostics;

  TypeNames(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * A unique name for a new type.
   *
   * @param explicit true if the user chose the name (a component key)
   */
  String claim(String raw, boolean explicit, Location location) {
    String name = Identifiers.pascalCase(raw);
    Claim existing = claims.get(name);
    if (existing != null && explicit && existing.explicit() && !existing.raw().equals(raw)) {
      ErrorCode.E014.report(diagnostics, location, "schemas '" + existing.raw() + "' and '" + raw
          + "' would both become the Java type '" + name + "'; rename one of them");
    }
    String unique = name;
    for (int n = 2; claims.containsKey(unique); n++) {
      unique = name + n;
    }
    claims.put(unique, new Claim(raw, explicit));
    return unique;
  }
}
