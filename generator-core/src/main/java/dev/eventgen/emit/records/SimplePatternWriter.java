package dev.eventgen.emit.records;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.eventgen.emit.Javadocs;
import dev.eventgen.emit.records.SimplePattern.Atom;
import javax.lang.model.element.Modifier;

/**
 * The plain Java check of one {@link SimplePattern}: a {@code static boolean} method that walks the
 * value once, char by char, taking each atom greedily ({@link SimplePattern} only accepts patterns
 * for which that is exact), and accepts when the atoms end exactly at the end of the value.
 */
final class SimplePatternWriter {

  private static final String VALUE = "value";

  private final MethodSpec.Builder method;
  private final StringBuilder literal = new StringBuilder();

  private SimplePatternWriter(String name, String regex) {
    this.method =
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.STATIC)
            .returns(boolean.class)
            .addParameter(String.class, VALUE)
            .addJavadoc(
                "Whether {@code value}, as a whole, matches\n$L.\n\n"
                    + "@param value the value to test, not null\n"
                    + "@return true if it matches\n",
                Javadocs.code(regex));
  }

  /**
   * @param name the method's name
   * @param regex the pattern as written in the spec, for the Javadoc
   */
  static MethodSpec method(String name, String regex, SimplePattern pattern) {
    SimplePatternWriter writer = new SimplePatternWriter(name, regex);
    if (pattern.atoms().isEmpty()) {
      return writer.method.addStatement("return $N.isEmpty()", VALUE).build();
    }
    writer.method.addStatement("int end = $N.length()", VALUE).addStatement("int at = 0");
    if (pattern.atoms().stream().anyMatch(SimplePatternWriter::isRun)) {
      writer.method.addStatement("int start");
    }
    pattern.atoms().forEach(writer::add);
    writer.flushLiteral();
    return writer.method.addStatement("return at == end").build();
  }

  private void add(Atom atom) {
    int single = atom.chars().single();
    if (single >= 0 && atom.min() == 1 && atom.max() == 1) {
      literal.append((char) single);
      return;
    }
    flushLiteral();
    if (isRun(atom)) {
      addRun(atom);
    } else {
      addOne(atom.chars());
    }
  }

  /** Consecutive literal chars, compared at once. */
  private void flushLiteral() {
    if (literal.length() == 1) {
      addOne(CharRanges.of(literal.charAt(0)));
    } else if (literal.length() > 1) {
      fail(CodeBlock.of("!$N.startsWith($S, at)", VALUE, literal));
      method.addStatement("at += $L", literal.length());
    }
    literal.setLength(0);
  }

  /** Exactly one char of the set. */
  private void addOne(CharRanges chars) {
    fail(CodeBlock.of("at == end || $L", chars.excludes(CodeBlock.of("$N.charAt(at)", VALUE))));
    method.addStatement("at++");
  }

  /** As many chars of the set as there are, up to the maximum, and at least the minimum. */
  private void addRun(Atom atom) {
    boolean counted = atom.min() > 0 || atom.max() != SimplePattern.UNBOUNDED;
    CodeBlock bound =
        atom.max() == SimplePattern.UNBOUNDED
            ? CodeBlock.of("")
            : CodeBlock.of(" && at - start < $L", atom.max());
    method
        .beginControlFlow("for ($L; at < end$L; at++)", counted ? "start = at" : "", bound)
        .addStatement("char c = $N.charAt(at)", VALUE)
        .beginControlFlow("if ($L)", atom.chars().excludes(CodeBlock.of("c")))
        .addStatement("break")
        .endControlFlow()
        .endControlFlow();
    if (atom.min() > 0) {
      fail(CodeBlock.of("at - start < $L", atom.min()));
    }
  }

  private void fail(CodeBlock condition) {
    method.beginControlFlow("if ($L)", condition).addStatement("return false").endControlFlow();
  }

  private static boolean isRun(Atom atom) {
    return atom.min() != 1 || atom.max() != 1;
  }
}
