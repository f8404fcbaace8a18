package dev.eventgen.emit.records;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.NameAllocator;
import dev.eventgen.model.Identifiers;
import dev.eventgen.model.ListType;
import dev.eventgen.model.MapType;
import dev.eventgen.model.PayloadType;
import dev.eventgen.model.Scalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javax.lang.model.element.Modifier;

/**
 * The body of a record's compact constructor: required components must be present, lists and maps
 * become immutable copies, and schema facets are enforced ({@link FacetChecks}). Every failure
 * names the component: {@code CallStartedEvent.callGuid is required}. Simple patterns are checked
 * by plain Java ({@link PatternMethods}); others are compiled once, into static constants.
 */
final class ValidationCode {

  private final String recordName;
  private final PatternMethods patterns;
  private final NameAllocator constants = new NameAllocator();
  private final List<FieldSpec> patternFields = new ArrayList<>();
  private final CodeBlock body;

  /**
   * @param patterns the API's plain Java pattern checks, shared by all records
   */
  ValidationCode(String recordName, List<Component> components, PatternMethods patterns) {
    this.recordName = recordName;
    this.patterns = patterns;
    CodeBlock.Builder code = CodeBlock.builder();
    components.forEach(component -> code.add(forComponent(component)));
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
    CodeBlock guard =
        component.required() ? CodeBlock.of("") : CodeBlock.of("$N != null$W&& ", name);
    for (FacetChecks.Check check : checks(component, new FacetChecks(label, name))) {
      code.beginControlFlow("if ($L$L)", guard, check.violated())
          .addStatement("throw new $T($Z$L)", IllegalArgumentException.class, check.message())
          .endControlFlow();
    }
    return code.build();
  }

  /** Lists and maps become immutable copies; absent optional ones stay null. */
  private static CodeBlock copy(Component component) {
    String name = component.javaName();
    if (component.isAdditionalProperties()) {
      return CodeBlock.builder()
          .addStatement(
              "$N = $N == null$W? $T.of()$W: $T.copyOf($N)", name, name, Map.class, Map.class, name)
          .build();
    }
    PayloadType type = component.property().type();
    Class<?> collection =
        type instanceof ListType ? List.class : type instanceof MapType ? Map.class : null;
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

  private List<FacetChecks.Check> checks(Component component, FacetChecks facets) {
    if (component.isAdditionalProperties()) {
      return List.of();
    }
    PayloadType type = component.property().type();
    if (type instanceof ListType list) {
      return facets.itemCount(list);
    }
    if (!(type instanceof Scalar scalar)) {
      return List.of();
    }
    List<FacetChecks.Check> checks = new ArrayList<>(facets.scalar(scalar));
    String regex = scalar.constraints().pattern();
    if (regex != null && scalar.kind() == Scalar.Kind.STRING) {
      String name = component.javaName();
      Optional<CodeBlock> matches = patterns.matches(regex, name);
      if (matches.isEmpty() && compiles(regex)) {
        matches = Optional.of(find(name, regex));
      }
      matches.ifPresent(test -> checks.add(facets.pattern(test, regex)));
    }
    return checks;
  }

  /**
   * {@code java.util.regex} for a pattern that is not simple. JSON Schema patterns are not
   * anchored: {@code find()}, not {@code matches()}.
   */
  private CodeBlock find(String componentName, String regex) {
    String constant = constants.newName(Identifiers.constantCase(componentName) + "_PATTERN");
    patternFields.add(
        FieldSpec.builder(
                Pattern.class, constant, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.compile($Z$S)", Pattern.class, regex)
            .build());
    return CodeBlock.of("$N.matcher($N).find()", constant, componentName);
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
