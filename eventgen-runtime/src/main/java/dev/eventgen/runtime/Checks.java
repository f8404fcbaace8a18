package dev.eventgen.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The schema checks of generated records, one call per facet. The compact constructor of a
 * generated record calls these, so each rule of the spec is one line there:
 *
 * <pre>{@code
 * Checks.required(dnis, "CallStartedEvent.dnis");
 * Checks.maxLength(dnis, 32, "CallStartedEvent.dnis");
 * Checks.minimum(localTimeZoneOffset, -720, "CallStartedEvent.localTimeZoneOffset");
 * }</pre>
 *
 * <p>Every check but {@link #required} passes a {@code null} value: an absent optional component
 * has nothing to check. A failure names the component by its {@code label} ({@code Record.field}),
 * the rule and the offending value, e.g. {@code CallStartedEvent.dnis must be at most 32 characters
 * long but was 33}. A missing required value throws {@link NullPointerException}; every other
 * violation throws a {@link Violation}, which says which rule ({@link Problem.Kind}) and which
 * component failed, so the JSON reader reports the field's pointer and the right kind.
 */
public final class Checks {

  private Checks() {}

  /**
   * A required component must be present.
   *
   * @throws NullPointerException {@code "<label> is required"} when {@code value} is null
   */
  public static void required(Object value, String label) {
    if (value == null) {
      throw new NullPointerException(label + " is required");
    }
  }

  /** A string {@code const}: the value, when present, must equal {@code expected}. */
  public static void constant(String value, String expected, String label) {
    if (value != null && !expected.equals(value)) {
      throw invalid(
          Problem.Kind.CONST_MISMATCH, label, "be \"" + expected + "\"", "\"" + value + "\"");
    }
  }

  /**
   * A {@code const} of another type: the value, when present, must equal {@code expected}; {@link
   * BigDecimal}s are compared by value, so {@code 1.0} equals {@code 1.00}.
   */
  public static void constant(Object value, Object expected, String label) {
    if (value == null) {
      return;
    }
    boolean equal =
        value instanceof BigDecimal decimal && expected instanceof BigDecimal limit
            ? decimal.compareTo(limit) == 0
            : expected.equals(value);
    if (!equal) {
      throw invalid(Problem.Kind.CONST_MISMATCH, label, "be " + expected, value);
    }
  }

  /** {@code minLength}, counted in code points as JSON Schema counts characters. */
  public static void minLength(String value, int min, String label) {
    if (value != null && length(value) < min) {
      throw invalid(
          Problem.Kind.LENGTH, label, "be at least " + min + " characters long", length(value));
    }
  }

  /** {@code maxLength}, counted in code points as JSON Schema counts characters. */
  public static void maxLength(String value, int max, String label) {
    if (value != null && length(value) > max) {
      throw invalid(
          Problem.Kind.LENGTH, label, "be at most " + max + " characters long", length(value));
    }
  }

  /**
   * {@code pattern} by {@link java.util.regex}: JSON Schema patterns are not anchored, so the value
   * must contain a match ({@link java.util.regex.Matcher#find()}).
   */
  public static void pattern(String value, Pattern pattern, String label) {
    if (value != null && !pattern.matcher(value).find()) {
      throw invalid(
          Problem.Kind.PATTERN_MISMATCH, label, "match " + pattern.pattern(), "\"" + value + "\"");
    }
  }

  /**
   * {@code pattern} by a plain Java test, for patterns simple enough to need no regex engine.
   *
   * @param matches true when a value matches {@code regex}
   * @param regex the pattern as the spec gives it, for the message
   */
  public static void pattern(String value, Predicate<String> matches, String regex, String label) {
    if (value != null && !matches.test(value)) {
      throw invalid(Problem.Kind.PATTERN_MISMATCH, label, "match " + regex, "\"" + value + "\"");
    }
  }

  /** {@code minItems}. */
  public static void minItems(Collection<?> value, int min, String label) {
    if (value != null && value.size() < min) {
      throw new Violation(
          Problem.Kind.ITEM_COUNT,
          label,
          "",
          label + " must have at least " + min + " elements but has " + value.size());
    }
  }

  /** {@code maxItems}. */
  public static void maxItems(Collection<?> value, int max, String label) {
    if (value != null && value.size() > max) {
      throw new Violation(
          Problem.Kind.ITEM_COUNT,
          label,
          "",
          label + " must have at most " + max + " elements but has " + value.size());
    }
  }

  /** {@code minimum} of an {@code Integer} or {@code Long}: {@code value >= min}. */
  public static void minimum(Number value, long min, String label) {
    if (value != null && value.longValue() < min) {
      throw invalid(Problem.Kind.OUT_OF_RANGE, label, "be >= " + min, value);
    }
  }

  /** {@code minimum} of a {@code Double}: {@code value >= min}. */
  public static void minimum(Double value, double min, String label) {
    if (value != null && value < min) {
      throw invalid(Problem.Kind.OUT_OF_RANGE, label, "be >= " + plain(min), value);
    }
  }

  /**
   * {@code minimum} compared exactly, as decimals: for {@code BigDecimal} and {@code BigInteger}
   * values, and for limits that are no {@code long}.
   *
   * @param min the limit as a decimal, e.g. {@code "0.5"}
   */
  public static void minimum(Number value, String min, String label) {
    if (value != null && decimal(value).compareTo(new BigDecimal(min)) < 0) {
      throw invalid(Problem.Kind.OUT_OF_RANGE, label, "be >= " + min, value);
    }
  }

  /** {@code exclusiveMinimum} of an {@code Integer} or {@code Long}: {@code value > min}. */
  public static void exclusiveMinimum(Number value, long min, String label) {
    if (value != null && value.longValue() <= min) {
      throw invalid(Problem.Kind.OUT_OF_RANGE, label, "be > " + min, value);
    }
  }

  /** {@code exclusiveMinimum} of a {@code Double}: {@code value > min}. */
  public static void exclusiveMinimum(Double value, double min, String label) {
    if (value != null && value <= min) {
      throw invalid(Problem.Kind.OUT_OF_RANGE, label, "be > " + plain(min), value);
    }
  }

  /**
   * {@code exclusiveMinimum} compared exactly, as decimals; see {@link #minimum(Number, String,
   * String)}.
   */
  public static void exclusiveMinimum(Number value, String min, String label) {
    if (value != null && decimal(value).compareTo(new BigDecimal(min)) <= 0) {
      throw invalid(Problem.Kind.OUT_OF_RANGE, label, "be > " + min, value);
    }
  }

  /** {@code maximum} of an {@code Integer} or {@code Long}: {@code value <= max}. */
  public static void maximum(Number value, long max, String label) {
    if (value != null && value.longValue() > max) {
      throw invalid(Problem.Kind.OUT_OF_RANGE, label, "be <= " + max, value);
    }
  }

  /** {@code maximum} of a {@code Double}: {@code value <= max}. */
  public static void maximum(Double value, double max, String label) {
    if (value != null && value > max) {
      throw invalid(Problem.Kind.OUT_OF_RANGE, label, "be <= " + plain(max), value);
    }
  }

  /**
   * {@code maximum} compared exactly, as decimals; see {@link #minimum(Number, String, String)}.
   */
  public static void maximum(Number value, String max, String label) {
    if (value != null && decimal(value).compareTo(new BigDecimal(max)) > 0) {
      throw invalid(Problem.Kind.OUT_OF_RANGE, label, "be <= " + max, value);
    }
  }

  /** {@code exclusiveMaximum} of an {@code Integer} or {@code Long}: {@code value < max}. */
  public static void exclusiveMaximum(Number value, long max, String label) {
    if (value != null && value.longValue() >= max) {
      throw invalid(Problem.Kind.OUT_OF_RANGE, label, "be < " + max, value);
    }
  }

  /** {@code exclusiveMaximum} of a {@code Double}: {@code value < max}. */
  public static void exclusiveMaximum(Double value, double max, String label) {
    if (value != null && value >= max) {
      throw invalid(Problem.Kind.OUT_OF_RANGE, label, "be < " + plain(max), value);
    }
  }

  /**
   * {@code exclusiveMaximum} compared exactly, as decimals; see {@link #minimum(Number, String,
   * String)}.
   */
  public static void exclusiveMaximum(Number value, String max, String label) {
    if (value != null && decimal(value).compareTo(new BigDecimal(max)) >= 0) {
      throw invalid(Problem.Kind.OUT_OF_RANGE, label, "be < " + max, value);
    }
  }

  /** {@code multipleOf}, exactly: {@code 0.0075} is a multiple of {@code 0.0001}. */
  public static void multipleOf(Number value, String divisor, String label) {
    if (value != null && !isMultiple(decimal(value), new BigDecimal(divisor))) {
      throw invalid(Problem.Kind.NOT_MULTIPLE_OF, label, "be a multiple of " + divisor, value);
    }
  }

  /**
   * {@code uniqueItems: true}: no two items are equal; numbers by value, so {@code 1.0} repeats
   * {@code 1}.
   */
  public static void uniqueItems(List<?> value, String label) {
    if (value == null) {
      return;
    }
    for (int i = 1; i < value.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (sameItem(value.get(i), value.get(j))) {
          throw new Violation(
              Problem.Kind.DUPLICATE_ITEMS,
              label,
              "/" + i,
              label + " must have unique items but item " + i + " repeats item " + j);
        }
      }
    }
  }

  /**
   * {@code format} of text held as a string: {@code email}, {@code ipv4}, ... ({@link Formats}).
   */
  public static void format(String value, String format, String label) {
    if (value != null && !Formats.valid(format, value)) {
      throw invalid(
          Problem.Kind.INVALID_FORMAT, label, "be a valid " + format, "\"" + value + "\"");
    }
  }

  /**
   * A property of a record whose schema allows no others ({@code additionalProperties: false}).
   *
   * @throws Violation always, of kind {@code UNEXPECTED_PROPERTY}
   */
  public static void unexpectedProperty(String name, String typeName) {
    throw new Violation(
        Problem.Kind.UNEXPECTED_PROPERTY,
        typeName,
        "",
        typeName + " allows no property '" + name + "'");
  }

  /** {@code minProperties} of a map. */
  public static void minProperties(Map<?, ?> value, int min, String label) {
    if (value != null && value.size() < min) {
      throw invalid(
          Problem.Kind.PROPERTY_COUNT, label, "have at least " + min + " properties", value.size());
    }
  }

  /** {@code maxProperties} of a map. */
  public static void maxProperties(Map<?, ?> value, int max, String label) {
    if (value != null && value.size() > max) {
      throw invalid(
          Problem.Kind.PROPERTY_COUNT, label, "have at most " + max + " properties", value.size());
    }
  }

  /**
   * A value held untyped satisfies its schema's rule ({@link JsonRules}); a JSON {@code null}
   * arrives as {@code NullNode}, an absent value as null, which passes.
   */
  public static void satisfies(JsonNode value, JsonRules.Rule rule, String label) {
    if (value == null) {
      return;
    }
    report(rule.check(value, JsonPointers.ROOT), label, value);
  }

  /** Each item of a list of untyped values satisfies its rule; a failure points at the item. */
  public static void satisfiesEach(
      List<? extends JsonNode> value, JsonRules.Rule rule, String label) {
    if (value == null) {
      return;
    }
    for (int i = 0; i < value.size(); i++) {
      JsonNode item = value.get(i);
      if (item != null) {
        report(rule.check(item, "/" + i), label, item);
      }
    }
  }

  /** Each value of a map of untyped values satisfies its rule; a failure points at the entry. */
  public static void satisfiesEach(
      Map<String, ? extends JsonNode> value, JsonRules.Rule rule, String label) {
    if (value == null) {
      return;
    }
    for (Map.Entry<String, ? extends JsonNode> entry : value.entrySet()) {
      if (entry.getValue() != null) {
        report(
            rule.check(entry.getValue(), JsonPointers.property("", entry.getKey())),
            label,
            entry.getValue());
      }
    }
  }

  private static void report(JsonRules.Failure failure, String label, JsonNode value) {
    if (failure != null) {
      throw new Violation(
          failure.kind(),
          label,
          failure.pointer(),
          label + failure.pointer() + " " + failure.message() + " but was " + value);
    }
  }

  /** True if {@code value} is an integral multiple of {@code divisor}. */
  static boolean isMultiple(BigDecimal value, BigDecimal divisor) {
    return divisor.signum() != 0 && value.remainder(divisor).signum() == 0;
  }

  private static boolean sameItem(Object a, Object b) {
    if (a instanceof Number x && b instanceof Number y) {
      return decimal(x).compareTo(decimal(y)) == 0;
    }
    if (a instanceof JsonNode x && b instanceof JsonNode y) {
      return JsonRules.same(x, y);
    }
    return java.util.Objects.equals(a, b);
  }

  /**
   * The constant of a generated enum with the given wire value: its {@code fromValue}, which
   * Jackson calls to read one.
   *
   * @param constants the enum's constants, in declaration order
   * @param wireValue a constant's value as it appears in JSON
   * @param typeName the enum's simple name, for the message
   * @throws IllegalArgumentException {@code unknown Severity value 'x' (expected one of: error,
   *     warning)} when no constant has the value
   */
  public static <E> E oneOf(
      E[] constants, Function<? super E, ?> wireValue, Object value, String typeName) {
    for (E constant : constants) {
      if (wireValue.apply(constant).equals(value)) {
        return constant;
      }
    }
    StringJoiner expected = new StringJoiner(", ");
    for (E constant : constants) {
      expected.add(String.valueOf(wireValue.apply(constant)));
    }
    throw new IllegalArgumentException(
        "unknown " + typeName + " value '" + value + "' (expected one of: " + expected + ")");
  }

  private static int length(String value) {
    return value.codePointCount(0, value.length());
  }

  private static Violation invalid(Problem.Kind kind, String label, String rule, Object value) {
    return new Violation(kind, label, "", label + " must " + rule + " but was " + value);
  }

  /**
   * A rule of the schema that a value breaks: which rule, which component, and where inside it. It
   * carries no stack trace: it reports bad input.
   */
  public static final class Violation extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient Problem.Kind kind;
    private final String component;
    private final String pointer;

    /**
     * @param kind the rule's kind of problem
     * @param label {@code Record.component}, as the generated check names it
     * @param pointer where inside the component's value ({@code ""}: the value itself, {@code /2}:
     *     its third item)
     * @param message what is wrong, for people
     */
    public Violation(Problem.Kind kind, String label, String pointer, String message) {
      super(message);
      this.kind = kind;
      int dot = label.indexOf('.');
      this.component = dot < 0 ? label : label.substring(dot + 1);
      this.pointer = pointer;
    }

    /** The rule's kind of problem. */
    public Problem.Kind kind() {
      return kind;
    }

    /** The record component's Java name. */
    public String component() {
      return component;
    }

    /** Where inside the component's value, as a JSON pointer relative to it. */
    public String pointer() {
      return pointer;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }

  /** A double limit as the spec writes it: {@code 10}, {@code 0.5}, never {@code 1.0E-5}. */
  static String plain(double limit) {
    return BigDecimal.valueOf(limit).stripTrailingZeros().toPlainString();
  }

  private static BigDecimal decimal(Number value) {
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    if (value instanceof BigInteger integer) {
      return new BigDecimal(integer);
    }
    if (value instanceof Double || value instanceof Float) {
      return BigDecimal.valueOf(value.doubleValue());
    }
    return BigDecimal.valueOf(value.longValue());
  }
}
