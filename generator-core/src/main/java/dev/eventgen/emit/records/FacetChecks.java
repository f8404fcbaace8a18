package dev.eventgen.emit.records;

import com.palantir.javapoet.CodeBlock;
import dev.eventgen.model.ListType;
import dev.eventgen.model.Scalar;
import dev.eventgen.model.Scalar.Constraints;
import dev.eventgen.model.Scalar.Kind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks of one component's schema facets ({@code const}, length, range, pattern, item count):
 * each a condition over the (non-null) component that is true when the value is invalid, plus a
 * message naming the component, the rule and the offending value.
 */
final class FacetChecks {

  /** A violation test and its message, both Java expressions. */
  record Check(CodeBlock violated, CodeBlock message) {}

  private final String label;
  private final String name;

  /**
   * @param label {@code Record.component}, the prefix of every message
   * @param name the component's Java name
   */
  FacetChecks(String label, String name) {
    this.label = label;
    this.name = name;
  }

  /** Const, length and range checks; the pattern is separate as it needs a method or constant. */
  List<Check> scalar(Scalar scalar) {
    Constraints c = scalar.constraints();
    List<Check> checks = new ArrayList<>();
    if (c.constValue() != null && ConstLiteral.supports(scalar.kind())) {
      checks.add(constant(scalar.kind(), c.constValue()));
    }
    if (scalar.kind() == Kind.STRING) {
      addLength(checks, c);
    }
    if (isNumber(scalar.kind())) {
      addRange(checks, scalar.kind(), c);
    }
    return checks;
  }

  /**
   * @param matches an expression that is true when the component matches {@code regex}
   */
  Check pattern(CodeBlock matches, String regex) {
    return new Check(
        CodeBlock.of("!$L", matches), quoted(label + " must match " + regex + " but was "));
  }

  List<Check> itemCount(ListType list) {
    List<Check> checks = new ArrayList<>();
    if (list.minItems() != null) {
      checks.add(itemCount("<", list.minItems(), "at least"));
    }
    if (list.maxItems() != null) {
      checks.add(itemCount(">", list.maxItems(), "at most"));
    }
    return checks;
  }

  private Check itemCount(String op, int limit, String words) {
    String text = label + " must have " + words + " " + limit + " elements but has ";
    return new Check(
        CodeBlock.of("$N.size() $L $L", name, op, limit),
        CodeBlock.of("$S$W+ $N.size()", text, name));
  }

  private Check constant(Kind kind, Object value) {
    String text = label + " must be ";
    return new Check(
        ConstLiteral.differs(kind, name, value),
        kind == Kind.STRING
            ? quoted(text + "\"" + value + "\" but was ")
            : CodeBlock.of("$S$W+ $N", text + value + " but was ", name));
  }

  private void addLength(List<Check> checks, Constraints c) {
    CodeBlock length = CodeBlock.of("$N.codePointCount(0, $N.length())", name, name);
    if (c.minLength() != null) {
      checks.add(length(length, "<", c.minLength(), "at least"));
    }
    if (c.maxLength() != null) {
      checks.add(length(length, ">", c.maxLength(), "at most"));
    }
  }

  private Check length(CodeBlock length, String op, int limit, String words) {
    String text = label + " must be " + words + " " + limit + " characters long but was ";
    return new Check(
        CodeBlock.of("$L $L $L", length, op, limit), CodeBlock.of("$S$W+ $L", text, length));
  }

  private void addRange(List<Check> checks, Kind kind, Constraints c) {
    if (c.minimum() != null && !vacuous(kind, c.minimum().negate())) {
      boolean exclusive = c.exclusiveMinimum();
      checks.add(range(kind, c.minimum(), exclusive ? "<=" : "<", exclusive ? ">" : ">="));
    }
    if (c.maximum() != null && !vacuous(kind, c.maximum())) {
      boolean exclusive = c.exclusiveMaximum();
      checks.add(range(kind, c.maximum(), exclusive ? ">=" : ">", exclusive ? "<" : "<="));
    }
  }

  private Check range(Kind kind, BigDecimal limit, String violation, String rule) {
    String text = label + " must be " + rule + " " + limit.toPlainString() + " but was ";
    return new Check(compare(kind, limit, violation), CodeBlock.of("$S$W+ $N", text, name));
  }

  private CodeBlock compare(Kind kind, BigDecimal limit, String violation) {
    String plain = limit.toPlainString();
    return switch (kind) {
      case BIG_DECIMAL ->
          CodeBlock.of("$N.compareTo(new $T($S)) $L 0", name, BigDecimal.class, plain, violation);
      case BIG_INTEGER ->
          CodeBlock.of(
              "new $T($N).compareTo(new $T($S)) $L 0",
              BigDecimal.class,
              name,
              BigDecimal.class,
              plain,
              violation);
      default -> CodeBlock.of("$N $L $L", name, violation, numberLiteral(limit));
    };
  }

  /**
   * True if an upper limit (or a lower one, negated) lies beyond every value of an {@code int} or
   * {@code long} component, so its check could never fail. Specs written from JavaScript give
   * {@code 9223372036854776000} for the largest int64, which is no Java literal.
   */
  private static boolean vacuous(Kind kind, BigDecimal upper) {
    return switch (kind) {
      case INT -> upper.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) >= 0;
      case LONG -> upper.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) >= 0;
      default -> false;
    };
  }

  /** {@code "<text>\"" + name + "\""}: the offending string value, quoted. */
  private CodeBlock quoted(String text) {
    return CodeBlock.of("$S$W+ $N$W+ $S", text + "\"", name, "\"");
  }

  /** A Java literal for a limit compared with an Integer, Long or Double component. */
  static String numberLiteral(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() > 0) {
      return stripped.toPlainString();
    }
    BigInteger integral = stripped.toBigIntegerExact();
    if (integral.bitLength() >= Long.SIZE) {
      return integral + ".0"; // only a double component meets a limit beyond long
    }
    return integral + (integral.bitLength() < Integer.SIZE ? "" : "L");
  }

  private static boolean isNumber(Kind kind) {
    return switch (kind) {
      case INT, LONG, DOUBLE, BIG_INTEGER, BIG_DECIMAL -> true;
      default -> false;
    };
  }
}
