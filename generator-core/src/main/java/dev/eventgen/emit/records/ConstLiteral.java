package dev.eventgen.emit.records;

import com.palantir.javapoet.CodeBlock;
import dev.eventgen.model.Scalar.Kind;
import java.math.BigDecimal;
import java.math.BigInteger;

/** Java literals for {@code const} values, and the test that a component differs from one. */
final class ConstLiteral {

  private ConstLiteral() {}

  static boolean supports(Kind kind) {
    return switch (kind) {
      case STRING, BOOLEAN, INT, LONG, DOUBLE, BIG_INTEGER, BIG_DECIMAL -> true;
      default -> false;
    };
  }

  /** An expression of the component's (boxed) type equal to the const value. */
  static CodeBlock of(Kind kind, Object value) {
    String text = value.toString();
    return switch (kind) {
      case STRING -> CodeBlock.of("$S", text);
      case BOOLEAN ->
          CodeBlock.of("$T.$L", Boolean.class, Boolean.parseBoolean(text) ? "TRUE" : "FALSE");
      case INT ->
          CodeBlock.of("$T.valueOf($L)", Integer.class, new BigDecimal(text).intValueExact());
      case LONG ->
          CodeBlock.of("$T.valueOf($LL)", Long.class, new BigDecimal(text).longValueExact());
      case DOUBLE -> CodeBlock.of("$T.valueOf($S)", Double.class, text);
      case BIG_INTEGER -> CodeBlock.of("new $T($S)", BigInteger.class, text);
      case BIG_DECIMAL -> CodeBlock.of("new $T($S)", BigDecimal.class, text);
      default -> throw new IllegalArgumentException("no const literal for " + kind);
    };
  }

  /** True when the (non-null) component differs from the const value. */
  static CodeBlock differs(Kind kind, String name, Object value) {
    if (kind == Kind.BIG_DECIMAL) {
      return CodeBlock.of("$N.compareTo($L) != 0", name, of(kind, value));
    }
    return CodeBlock.of("!$L.equals($N)", of(kind, value), name);
  }
}
