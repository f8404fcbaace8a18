package dev.eventgen.emit.records;

import com.palantir.javapoet.ClassName;
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
 * each one statement, a call of the runtime's {@code dev.eventgen.runtime.Checks} that names the
 * component ({@code Record.component}) in its message and passes an absent value.
 */
final class FacetChecks {

  /** The runtime's checks. */
  static final ClassName CHECKS = ClassName.get("dev.eventgen.runtime", "Checks");

  /** Formats of text that stays a {@code String} and that the runtime checks. */
  static final java.util.Set<String> STRING_FORMATS =
      java.util.Set.of("email", "ipv4", "ipv6", "hostname");

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

  /** {@code Checks.required(name, label)}. */
  CodeBlock required() {
    return call("required", CodeBlock.of(""));
  }

  /** Const, length and range checks; the pattern is separate as it needs a method or constant. */
  List<CodeBlock> scalar(Scalar scalar) {
    Constraints c = scalar.constraints();
    List<CodeBlock> checks = new ArrayList<>();
    if (c.constValue() != null && ConstLiteral.supports(scalar.kind())) {
      checks.add(call("constant", ConstLiteral.of(scalar.kind(), c.constValue())));
    }
    if (scalar.kind() == Kind.STRING) {
      if (c.format() != null && STRING_FORMATS.contains(c.format())) {
        checks.add(call("format", CodeBlock.of("$S", c.format())));
      }
      if (c.minLength() != null) {
        checks.add(call("minLength", CodeBlock.of("$L", c.minLength())));
      }
      if (c.maxLength() != null) {
        checks.add(call("maxLength", CodeBlock.of("$L", c.maxLength())));
      }
    }
    if (isNumber(scalar.kind())) {
      addRange(checks, scalar.kind(), c);
      if (c.multipleOf() != null) {
        checks.add(call("multipleOf", CodeBlock.of("$S", c.multipleOf().toString())));
      }
    }
    return checks;
  }

  /**
   * @param test what decides a match: a precompiled {@code Pattern} constant, or a method reference
   *     with the regex as text, for the message
   */
  CodeBlock pattern(CodeBlock test) {
    return call("pattern", test);
  }

  List<CodeBlock> itemCount(ListType list) {
    List<CodeBlock> checks = new ArrayList<>();
    if (list.minItems() != null) {
      checks.add(call("minItems", CodeBlock.of("$L", list.minItems())));
    }
    if (list.maxItems() != null) {
      checks.add(call("maxItems", CodeBlock.of("$L", list.maxItems())));
    }
    if (list.uniqueItems()) {
      checks.add(call("uniqueItems", CodeBlock.of("")));
    }
    return checks;
  }

  /**
   * {@code Checks.satisfies(name, RULE, label)}: an untyped value, or each item or value of a list
   * or map of them ({@code satisfiesEach}), satisfies its schema's rule.
   */
  CodeBlock satisfies(String method, CodeBlock rule) {
    return call(method, rule);
  }

  /** {@code Checks.method(name, arguments, label);} */
  private CodeBlock call(String method, CodeBlock arguments) {
    CodeBlock middle = arguments.isEmpty() ? arguments : CodeBlock.of(",$W$L", arguments);
    return CodeBlock.builder()
        .addStatement("$T.$L($N$L,$W$S)", CHECKS, method, name, middle, label)
        .build();
  }

  private void addRange(List<CodeBlock> checks, Kind kind, Constraints c) {
    if (c.minimum() != null && !vacuous(kind, c.minimum().negate())) {
      String method = c.exclusiveMinimum() ? "exclusiveMinimum" : "minimum";
      checks.add(call(method, limit(kind, c.minimum())));
    }
    if (c.maximum() != null && !vacuous(kind, c.maximum())) {
      String method = c.exclusiveMaximum() ? "exclusiveMaximum" : "maximum";
      checks.add(call(method, limit(kind, c.maximum())));
    }
  }

  /**
   * The limit argument: a {@code long} or {@code double} literal when the runtime prints it as the
   * spec writes it ({@link BigDecimal#toPlainString()}), else the decimal as a string, compared
   * exactly.
   */
  private static CodeBlock limit(Kind kind, BigDecimal limit) {
    String plain = limit.toPlainString();
    boolean asLong =
        (kind == Kind.INT || kind == Kind.LONG)
            && limit.scale() <= 0
            && limit.toBigInteger().bitLength() < Long.SIZE;
    if (asLong) {
      return CodeBlock.of("$L", numberLiteral(limit));
    }
    if (kind == Kind.DOUBLE && plainDouble(limit.doubleValue()).equals(plain)) {
      String literal = numberLiteral(limit);
      return CodeBlock.of("$L", literal.contains(".") ? literal : literal + ".0");
    }
    return CodeBlock.of("$S", plain);
  }

  /** How the runtime's {@code Checks} prints a double limit. */
  private static String plainDouble(double limit) {
    if (Double.isInfinite(limit) || Double.isNaN(limit)) {
      return "";
    }
    return BigDecimal.valueOf(limit).stripTrailingZeros().toPlainString();
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

  /** A Java literal for a limit compared with an Integer, Long or Double component. */
  private static String numberLiteral(BigDecimal value) {
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
