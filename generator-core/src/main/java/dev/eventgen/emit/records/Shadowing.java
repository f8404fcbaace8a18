package dev.eventgen.emit.records;

import java.util.List;

/**
 * Names that generated types would shadow. A schema may legally be called {@code String} or {@code
 * Deprecated}, but then a simple {@code String} in the model package means the schema, so such
 * names are always written fully qualified; so are those of the runtime classes the model uses
 * ({@code Checks}). A nested builder class must not hide a schema either (JavaPoet does not qualify
 * record component types against nested classes), so it takes a name no generated type has.
 */
final class Shadowing {

  private Shadowing() {}

  static String[] qualifiedNames(List<String> generatedSimpleNames) {
    return generatedSimpleNames.stream()
        .filter(name -> isJavaLang(name) || name.equals(FacetChecks.CHECKS.simpleName()))
        .toArray(String[]::new);
  }

  /** {@code Builder}, or {@code Builder_} (and so on) if a generated type is called that. */
  static String builderClassName(List<String> generatedSimpleNames) {
    String name = "Builder";
    while (generatedSimpleNames.contains(name)) {
      name += "_";
    }
    return name;
  }

  private static boolean isJavaLang(String simpleName) {
    try {
      Class.forName("java.lang." + simpleName, false, ClassLoader.getPlatformClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
