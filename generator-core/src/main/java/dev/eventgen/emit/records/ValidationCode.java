package dev.eventgen.emit.records;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.NameAllocator;
import dev.eventgen.model.Identifiers;
import dev.eventgen.model.ListType;
import dev.eventgen.model.MapType;
import dev.eventgen.model.Scalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javax.lang.model.element.Modifier;

/**
 * The body of a record's compact constructor: required components must be present, lists and maps
 * become immutable copies, and scalar facets (const, pattern, length, range, item counts) are
 * enforced. Every failure names the component: {@code CallStartedEvent.callGuid is required}.
 * Patterns are compiled once, into static constants.
 */
final class ValidationCode {

  private final String recordName;
  private final NameAllocator constants = new NameAllocator();
  private final List<FieldSpec> patternFields = new ArrayList<>();
  private final CodeBlock body;

  ValidationCode(String recordName, List<Component> components) {
    this.recordName = recordName;
    CodeBlock.Builder code = CodeBlock.builder();
    for (Component component : components) {
      code.add(forComponent(component));
    }
    this.body = code.build();
  }

  CodeBlock constructorBody() {
    return body;
  }

  /** The precompiled {@code Pattern} constants the body uses, in component order. */
  List<FieldSpec> patternFields() {
    return List.copyOf(patternFields);
  }

  private CodeBlock forComponent(Component component) {
    String name = component.javaName();
    String label = recordName + "." + name;
    CodeBlock.Builder code = CodeBlock.builder();
    if (component.required()) {
      code.addStatement("$T.requireNonNull($N, $S)", Objects.class, name, label + " is required");
    }
    code.add(copy(component));
    if (component.property() != null) {
      for (ScalarChecks.Check check : checks(component, label)) {
        String guard = component.required() ? "" : name + " != null && ";
        code.beginControlFlow("if ($L$L)", guard, check.violated())
            .addStatement("throw new $T($L)", IllegalArgumentException.class, check.message())
            .endControlFlow();
      }
    }
    return code.build();
  }

  private static CodeBlock copy(Component component) {
    String name = component.javaName();
    if (component.isAdditionalProperties()) {
      return CodeBlock.builder()
          .addStatement("$N = $N == null ? $T.of() : $T.copyOf($N)", name, name, Map.class, Map.class, name)
          .build();
    }
    Class<?> collection = collectionOf(component);
    if (collection == null) {
      return CodeBlock.of("");
    }
    if (component.required()) {
      return CodeBlock.builder().addStatement("$N = $T.copyOf($N)", name, collection, name).build();
    }
    return CodeBlock.builder()
        .addStatement("$N = $N == null ? null : $T.copyOf($N)", name, name, collection, name)
        .build();
  }

  private static Class<?> collectionOf(Component component) {
    if (component.property().type() instanceof ListType) {
      return List.class;
    }
    return component.property().type() instanceof MapType ? Map.class : null;
  }

  private List<ScalarChecks.Check> checks(Component component, String label) {
    List<ScalarChecks.Check> checks = new ArrayList<>();
    String name = component.javaName();
    if (component.property().type() instanceof Scalar scalar) {
      checks.addAll(new ScalarChecks(label, name).of(scalar));
      patternCheck(scalar, label, name).ifPresent(checks::add);
    } else if (component.property().type() instanceof ListType list) {
      checks.addAll(itemCountChecks(list, label, name));
    }
    return checks;
  }

  private java.util.Optional<ScalarChecks.Check> patternCheck(Scalar scalar, String label, String name) {
    String regex = scalar.constraints().pattern();
    if (regex == null || scalar.kind() != Scalar.Kind.STRING || !compiles(regex)) {
      return java.util.Optional.empty();
    }
    String constant = constants.newName(Identifiers.constantCase(name) + "_PATTERN");
    patternFields.add(
        FieldSpec.builder(Pattern.class, constant, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.compile($S)", Pattern.class, regex)
            .build());
    // JSON Schema patterns are not anchored: find(), not matches().
    return java.util.Optional.of(
        new ScalarChecks.Check(
            CodeBlock.of("!$N.matcher($N).find()", constant, name),
            CodeBlock.of(
                "$S + $N + $S", label + " must match " + regex + " but was \"", name, "\"")));
  }

  private static List<ScalarChecks.Check> itemCountChecks(ListType list, String label, String name) {
    List<ScalarChecks.Check> checks = new ArrayList<>();
    if (list.minItems() != null) {
      checks.add(itemCount(label, name, "<", list.minItems(), "at least"));
    }
    if (list.maxItems() != null) {
      checks.add(itemCount(label, name, ">", list.maxItems(), "at most"));
    }
    return checks;
  }

  private static ScalarChecks.Check itemCount(
      String label, String name, String op, int limit, String words) {
    return new ScalarChecks.Check(
        CodeBlock.of("$N.size() $L $L", name, op, limit),
        CodeBlock.of(
            "$S + $N.size()", label + " must have " + words + " " + limit + " elements but has ", name));
  }

  /** A pattern Java cannot compile is left unchecked rather than failing at class load. */
  private static boolean compiles(String regex) {
    try {
      Pattern.compile(regex);
      return true;
    } catch (PatternSyntaxException e) {
      return false;
    }
  }
}
