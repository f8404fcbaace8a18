package dev.eventgen.emit.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JavadocTextTest {

  @Test
  void escapesEverythingThatCouldBreakTheComment() {
    assertEquals(
        "a *&#47; b &#64;param &lt;b&gt; &amp; &#92;u002A/ $1",
        JavadocText.escape("a */ b @param <b> & \\u002A/ $1"));
  }

  @Test
  void keepsPlainTextAndLineBreaks() {
    assertEquals(
        "Minutes offset from UTC.\nSecond line",
        JavadocText.escape("Minutes offset from UTC.\r\nSecond line\n"));
  }

  @Test
  void codeUsesTheCodeTagOnlyWhenSafe() {
    assertEquals("{@code call.started}", JavadocText.code("call.started"));
    assertEquals("<code>a}*&#47;</code>", JavadocText.code("a}*/"));
  }

  @Test
  void sentenceEndsWithAPeriodAndIsEmptyForNoDoc() {
    assertEquals("Call GUID.", JavadocText.sentence("Call GUID"));
    assertEquals("Done.", JavadocText.sentence("Done."));
    assertEquals("", JavadocText.sentence(null));
    assertEquals("", JavadocText.sentence("  "));
  }

  @Test
  void wrapBreaksLongLinesAtSpacesAndIndentsContinuations() {
    String words = "word ".repeat(40).strip();

    String wrapped = JavadocText.wrap("@param x " + words, "    ");

    assertEquals(wrapped.replace("\n    ", " "), "@param x " + words, "only spaces were replaced");
    wrapped.lines().forEach(line -> assertTrue(line.length() <= 92, line));
    wrapped.lines().skip(1).forEach(line -> assertTrue(line.startsWith("    "), line));
  }
}
