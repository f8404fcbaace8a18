package dev.eventgen.emit.testkit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * A long text as {@code String} constants: each a concatenation of literals short enough for a
 * 100-character line, and each under the class file's limit of 65,535 bytes per constant, so texts
 * of any length compile.
 */
final class TextConstants {

  /**
   * Characters per literal once escaped: short enough to follow a constant's declaration on its
   * line within 100 characters (the following ones fill their lines).
   */
  private static final int LITERAL_CHARS = 48;

  /** Bytes per constant, well under the class file's 65,535 (escapes need none). */
  private static final int CONSTANT_BYTES = 60_000;

  private TextConstants() {}

  /** The constants {@code <prefix>0}, {@code <prefix>1}, ... holding {@code text} in order. */
  static List<FieldSpec> of(String prefix, String text) {
    List<FieldSpec> fields = new ArrayList<>();
    List<String> literals = new ArrayList<>();
    int bytes = 0;
    for (String literal : literals(text)) {
      int size = literal.getBytes(StandardCharsets.UTF_8).length;
      if (!literals.isEmpty() && bytes + size > CONSTANT_BYTES) {
        fields.add(field(prefix + fields.size(), literals));
        literals = new ArrayList<>();
        bytes = 0;
      }
      literals.add(literal);
      bytes += size;
    }
    fields.add(field(prefix + fields.size(), literals));
    return fields;
  }

  private static FieldSpec field(String name, List<String> literals) {
    CodeBlock.Builder value = CodeBlock.builder();
    for (int i = 0; i < literals.size(); i++) {
      value.add(i == 0 ? "$S" : " +$W$S", literals.get(i));
    }
    return FieldSpec.builder(String.class, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(value.build())
        .build();
  }

  /**
   * The text in pieces of at most {@link #LITERAL_CHARS} once escaped as a Java literal, never
   * splitting a surrogate pair.
   */
  private static List<String> literals(String text) {
    List<String> pieces = new ArrayList<>();
    int start = 0;
    int width = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int escaped =
          c == '"' || c == '\\' || c == '\n' || c == '\t' || c == '\r' ? 2 : c < 0x20 ? 6 : 1;
      boolean pairStarts = Character.isHighSurrogate(c);
      if (width + escaped + (pairStarts ? 1 : 0) > LITERAL_CHARS) {
        pieces.add(text.substring(start, i));
        start = i;
        width = 0;
      }
      width += escaped;
    }
    pieces.add(text.substring(start));
    return pieces;
  }
}
