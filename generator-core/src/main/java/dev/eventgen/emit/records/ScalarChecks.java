package dev.eventgen.emit.records;

import com.palantir.javapoet.CodeBlock;
import dev.eventgen.model.Scalar;
import dev.eventgen.model.Scalar.Constraints;
import dev.eventgen.model.Scalar.Kind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks of one scalar component's facets ({@code const}, length, range), each a condition
 * that is true when the value is invalid plus the message explaining why. Patterns are handled by
 * {@link ValidationCode}, which owns the precompiled {@code Pattern} constants.
 */
final class ScalarChecks {

  /** A violation test and its message, both Java expressions over the component. */
  record Check(CodeBlock violated, CodeBlock message) {}

  private final String label;
  private final String name;

  /**
   * @param label {@code Record.component}, the prefix of every message
   * @param name the component's Java name
   */
  ScalarChecks(String label, String name) {
    this.label = label;
    this.name = name;
  }

  List<Check> of(Scalar scalar) {
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

  private Check constant(Kind kind, Object value) {
    String quote = kind == Kind.STRING ? "\"" : "";
    String text = label + " must be " + quote + value + quote + " but was " + quote;
    CodeBlock message =
        quote.isEmpty()
            ? CodeBlock.of("$S + $N", text, name)
            : CodeBlock.of("$S + $N + $S", text, name, quote);
    return new Check(ConstLiteral.differs(kind, name, value), message);
  }

  private void addLength(List<Check> checks, Constraints c) {
    CodeBlock length = CodeBlock.of("$N.codePointCount(0, $N.length())", name, name);
    if (c.minLength() != null) {
      checks.add(lengthCheck(length, "<", c.minLength(), "at least"));
    }
    if (c.maxLength() != null) {
      checks.add(lengthCheck(length, ">", c.maxLength(), "at most"));
    }
  }

  private Check lengthCheck(CodeBlock length, String op, int limit, String words) {
    return new Check(
        CodeBlock.of("$L $L $L", length, op, limit),
        CodeBlock.of(
            "$S + $L",
            label + " must be " + words + " " + limit + " characters long but was ",
            length));
  }

  private void addRange(List<Check> checks, Kind kind, Constraints c) {
    if (c.minimum() != null) {
      String op = c.exclusiveMinimum() ? ">" : ">=";
      checks.add(rangeCheck(kind, c.minimum(), c.exclusiveMinimum() ? "<=" : "<", op));
    }
    if (c.maximum() != null) {
      String op = c.exclusiveMaximum() ? "<" : "<=";
      checks.add(rangeCheck(kind, c.maximum(), c.exclusiveMaximum() ? ">=" : ">", op));
    }
  }

  private Check rangeCheck(Kind kind, BigDecimal limit, String violation, String required) {
    CodeBlock violated =
        switch (kind) {
          case BIG_DECIMAL ->
              CodeBlock.of(
                  "$N.compareTo(new $T($S)) $L 0",
                  name, BigDecimal.class, limit.toPlainString(), violation);
          case BIG_INTEGER ->
              CodeBlock.of(
                  "new $T($N).compareTo(new $T($S)) $L 0",
                  BigDecimal.class, name, BigDecimal.class, limit.toPlainString(), violation);
          default -> CodeBlock.of("$N $L $L", name, violation, numberLiteral(limit));
        };
    String text = label + " must be " + required + " " + limit.toPlainString() + " but was ";
    return new Check(violated, CodeBlock.of("$S + $N", text, name));
  }

  /** A Java literal for a limit compared with an Integer, Long or Double component. */
  static String numberLiteral(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() > 0) {
      return stripped.toPlainString();
    }
    BigInteger integral = stripped.toBigIntegerExact();
    boolean fitsInt = integral.bitLength() < Integer.SIZE;
    return integral + (fitsInt ? "" : "L");
  }

  private static boolean isNumber(Kind kind) {
    return switch (kind) {
      case INT, LONG, DOUBLE, BIG_INTEGER, BIG_DECIMAL -> true;
      default -> false;
    };
  }
}
