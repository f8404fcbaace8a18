package dev.eventgen.emit.records;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeSpec;
import dev.eventgen.model.Identifiers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The API's plain Java pattern checks ({@code CvpPatterns}): one method per distinct {@link
 * SimplePattern}, shared by every record whose components use it, and named after the first
 * component that does ({@code isCallGuid}). Patterns outside the simple subset get no method; the
 * records keep {@code java.util.regex} for them.
 */
final class PatternMethods {

  private final ClassName holder;
  private final NameAllocator methodNames = new NameAllocator();
  private final Map<String, String> methodByRegex = new HashMap<>();
  private final List<MethodSpec> methods = new ArrayList<>();

  /**
   * @param holder the class that will hold the methods, from {@code JavaNames.patterns()}
   */
  PatternMethods(ClassName holder) {
    this.holder = holder;
  }

  /**
   * The arguments of {@code Checks.pattern} that test {@code regex} by plain Java: a method
   * reference and the regex, for the message; empty when the pattern is not simple.
   */
  Optional<CodeBlock> matches(String regex, String component) {
    String method = methodByRegex.get(regex);
    if (method == null) {
      Optional<SimplePattern> pattern = SimplePattern.parse(regex);
      if (pattern.isEmpty()) {
        return Optional.empty();
      }
      method = methodNames.newName("is" + Identifiers.pascalCase(component));
      methods.add(SimplePatternWriter.method(method, regex, pattern.get()));
      methodByRegex.put(regex, method);
    }
    return Optional.of(CodeBlock.of("$T::$N,$W$S", holder, method, regex));
  }

  /** The holder class, or empty when no component had a simple pattern. */
  Optional<TypeSpec.Builder> write() {
    if (methods.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        TypeSpec.classBuilder(holder)
            .addModifiers(Modifier.FINAL)
            .addJavadoc(
                "The {@code pattern} facets of the model simple enough to check without {@code"
                    + " java.util.regex}.\n\n"
                    + "<p>Each method tests the whole value, as the anchored pattern means. As in"
                    + " ECMA-262, the\n"
                    + "pattern language of JSON Schema, {@code $$} is the end of the input: a"
                    + " trailing line break\n"
                    + "fails, where {@code Pattern.matcher(value).find()} would let it pass. Chars"
                    + " are compared as\n"
                    + "UTF-16 units; every char these patterns name lies outside the surrogate"
                    + " range, so that\n"
                    + "gives the same answer as comparing code points.\n")
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addMethods(methods));
  }
}
