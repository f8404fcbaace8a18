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
  private final List<FieldSpec> ruleFields = new ArrayList<>();
  private final PayloadType additionalValues;
  private final CodeBlock body;

  /**
   * @param patterns the API's plain Java pattern checks, shared by all records
   */
  ValidationCode(String recordName, List<Component> components, PatternMethods patterns) {
    this(recordName, components, null, patterns);
  }

  /**
   * @param additionalValues the type of the record's additional properties, or null
   * @param patterns the API's plain Java pattern checks, shared by all records
   */
  ValidationCode(
      String recordName,
      List<Component> components,
      PayloadType additionalValues,
      PatternMethods patterns) {
    this.recordName = recordName;
    this.patterns = patterns;
    this.additionalValues = additionalValues;
    CodeBlock.Builder code = CodeBlock.builder();
    components.forEach(component -> code.add(forComponent(component)));
    this.body = code.build();
  }

  CodeBlock constructorBody() {
    return body;
  }

  /**
   * The constants the body uses, in component order: precompiled {@code Pattern}s, and the rules of
   * values held untyped.
   */
  List<FieldSpec> patternFields() {
    List<FieldSpec> fields = new ArrayList<>(patternFields);
    fields.addAll(ruleFields);
    return fields;
  }

  private CodeBlock forComponent(Component component) {
    String name = component.javaName();
    FacetChecks facets = new FacetChecks(recordName + "." + name, name);
    CodeBlock.Builder code = CodeBlock.builder();
    if (component.required()) {
      code.add(facets.required());
    }
    code.add(copy(component));
    checks(component, facets).forEach(code::add);
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

  private List<CodeBlock> checks(Component component, FacetChecks facets) {
    if (component.isAdditionalProperties()) {
      return untypedEach(component, additionalValues, facets);
    }
    PayloadType type = component.property().type();
    if (type instanceof ListType list) {
      List<CodeBlock> checks = new ArrayList<>(facets.itemCount(list));
      checks.addAll(untypedEach(component, list.items(), facets));
      return checks;
    }
    if (type instanceof MapType map) {
      return untypedEach(component, map.values(), facets);
    }
    if (!(type instanceof Scalar scalar)) {
      return List.of();
    }
    if (scalar.kind() == Scalar.Kind.ANY) {
      return rule(component, scalar)
          .map(rule -> List.of(facets.satisfies("satisfies", rule)))
          .orElse(List.of());
    }
    List<CodeBlock> checks = new ArrayList<>(facets.scalar(scalar));
    String regex = scalar.constraints().pattern();
    if (regex != null && scalar.kind() == Scalar.Kind.STRING) {
      String name = component.javaName();
      Optional<CodeBlock> test = patterns.matches(regex, name);
      if (test.isEmpty() && compiles(regex)) {
        test = Optional.of(find(name, regex));
      }
      test.ifPresent(t -> checks.add(facets.pattern(t)));
    }
    return checks;
  }

  /** Each item or value of a list or map of untyped values satisfies the values' rule. */
  private List<CodeBlock> untypedEach(Component component, PayloadType values, FacetChecks facets) {
    if (values instanceof Scalar scalar && scalar.kind() == Scalar.Kind.ANY) {
      return rule(component, scalar)
          .map(rule -> List.of(facets.satisfies("satisfiesEach", rule)))
          .orElse(List.of());
    }
    return List.of();
  }

  /** The constant holding the rule of an untyped value's schema, if it has any rule. */
  private Optional<CodeBlock> rule(Component component, Scalar untyped) {
    CodeBlock rule = RuleCode.of(untyped.constraints().untypedSchema());
    if (rule == null) {
      return Optional.empty();
    }
    String constant = constants.newName(Identifiers.constantCase(component.javaName()) + "_RULE");
    ruleFields.add(
        FieldSpec.builder(
                RuleCode.RULE, constant, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                "The schema's rules of {@code $L}, which has no one Java type.\n",
                component.javaName())
            .initializer("$L", rule)
            .build());
    return Optional.of(CodeBlock.of("$N", constant));
  }

  /**
   * {@code java.util.regex} for a pattern that is not simple: a precompiled constant, which {@code
   * Checks.pattern} searches, as JSON Schema patterns are not anchored.
   */
  private CodeBlock find(String componentName, String regex) {
    String constant = constants.newName(Identifiers.constantCase(componentName) + "_PATTERN");
    patternFields.add(
        FieldSpec.builder(
                Pattern.class, constant, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.compile($Z$S)", Pattern.class, regex)
            .build());
    return CodeBlock.of("$N", constant);
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
