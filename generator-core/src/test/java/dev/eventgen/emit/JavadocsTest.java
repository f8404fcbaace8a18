package dev.eventgen.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JavadocsTest {

  @Test
  void escapesEverythingThatCouldBreakTheComment() {
    assertEquals(
        "a *&#47; b &#64;param &lt;b&gt; &amp; &#92;u002A/ $1",
        Javadocs.escape("a */ b @param <b> & \\u002A/ $1"));
  }

  @Test
  void keepsPlainTextAndLineBreaks() {
    assertEquals(
        "Minutes offset from UTC.\nSecond line",
        Javadocs.escape("Minutes offset from UTC.\r\nSecond line\n"));
  }

  @Test
  void codeUsesTheCodeTagOnlyWhenSafe() {
    assertEquals("{@code call.started}", Javadocs.code("call.started"));
    assertEquals("<code>a}*&#47;</code>", Javadocs.code("a}*/"));
  }

  @Test
  void sentenceEndsWithAPeriodAndIsEmptyForNoDoc() {
    assertEquals("Call GUID.", Javadocs.sentence("Call GUID"));
    assertEquals("Done.", Javadocs.sentence("Done."));
    assertEquals("", Javadocs.sentence(null));
    assertEquals("", Javadocs.sentence("  "));
  }

  @Test
  void wrapBreaksLongLinesAtSpacesAndIndentsContinuations() {
    String words = "word ".repeat(40).strip();

    String wrapped = Javadocs.wrap("@param x " + words, "    ");

    assertEquals(wrapped.replace("\n    ", " "), "@param x " + words, "only spaces were replaced");
    wrapped.lines().forEach(line -> assertTrue(line.length() <= 92, line));
    wrapped.lines().skip(1).forEach(line -> assertTrue(line.startsWith("    "), line));
  }

  @Test
  void wrapWithoutIndentIndentsContinuationsUnderABlockTag() {
    String words = "word ".repeat(40).strip();

    String wrapped = Javadocs.wrap("Text " + words + "\n@param x " + words);

    wrapped.lines().forEach(line -> assertTrue(line.length() <= 92, line));
    List<String> lines = wrapped.lines().toList();
    int tag = lines.indexOf(lines.stream().filter(l -> l.startsWith("@")).findFirst().get());
    lines.subList(1, tag).forEach(line -> assertTrue(line.startsWith("word"), line));
    lines.subList(tag + 1, lines.size()).forEach(l -> assertTrue(l.startsWith("    w"), l));
  }
}
