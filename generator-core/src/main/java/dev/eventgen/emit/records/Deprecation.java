package dev.eventgen.emit.records;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.TypeSpec;

/**
 * Deprecation of generated types. A deprecated schema becomes a {@code @Deprecated} type (its
 * Javadoc carries the {@code @deprecated} tag). A type that merely refers to deprecated types
 * suppresses the warning, so the generated code compiles under {@code -Xlint:all -Werror}; the
 * warning still reaches the user's code where it uses them.
 */
final class Deprecation {

  private Deprecation() {}

  static void mark(TypeSpec.Builder type, boolean deprecated, boolean mentionsDeprecated) {
    if (deprecated) {
      type.addAnnotation(Deprecated.class);
    } else if (mentionsDeprecated) {
      type.addAnnotation(
          AnnotationSpec.builder(SuppressWarnings.class)
              .addMember("value", "$S", "deprecation")
              .build());
    }
  }
}
