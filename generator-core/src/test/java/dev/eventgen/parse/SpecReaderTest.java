package dev.eventgen.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eventgen.diagnostic.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecReaderTest {

  @TempDir Path dir;

  private final Diagnostics diagnostics = new Diagnostics();

  private SourceFile read(String text) throws IOException {
    Path file = Files.writeString(dir.resolve("spec.yaml"), text);
    return new SpecReader(diagnostics).read(file, Path.of("spec.yaml"));
  }

  @Test
  void indexesEveryPointerWithOneBasedLineAndColumn() throws IOException {
    SourceFile file = read("a:\n  b/c:\n    - x\n    - y: 1\n  'd~e': true\n");
    PositionIndex positions = file.positions();
    assertEquals(new Position(1, 1), positions.value(""));
    assertEquals(new Position(2, 3), positions.key("/a/b~1c"));
    assertEquals(new Position(3, 5), positions.value("/a/b~1c"));
    assertEquals(new Position(3, 7), positions.value("/a/b~1c/0"));
    assertEquals(new Position(4, 7), positions.key("/a/b~1c/1/y"));
    assertEquals(new Position(4, 10), positions.value("/a/b~1c/1/y"));
    assertEquals(new Position(5, 3), positions.key("/a/d~0e"));
    assertEquals("spec.yaml:4:10", file.locate("/a/b~1c/1/y", false).render());
    assertFalse(diagnostics.hasErrors());
  }

  @Test
  void jsonIsReadWithPositionsToo() throws IOException {
    SourceFile file = read("{\n  \"asyncapi\": \"3.0.0\",\n  \"info\": {\"title\": \"T\"}\n}\n");
    assertEquals(new Position(3, 11), file.positions().value("/info"));
    assertEquals("T", file.root().at("/info/title").asText());
  }

  @Test
  void scalarsKeepJsonMeaningAndEveryDigit() throws IOException {
    SourceFile file = read("a: 95.2\nb: 94\nc: yes\nd: 12345678901234567890\ne: ~\nf: '1.0'\n");
    assertEquals("95.2", file.root().get("a").decimalValue().toPlainString());
    assertTrue(file.root().get("b").isInt());
    assertEquals("yes", file.root().get("c").asText());
    assertTrue(file.root().get("d").isBigInteger());
    assertTrue(file.root().get("e").isNull());
    assertEquals("1.0", file.root().get("f").textValue());
  }

  @Test
  void reportsEveryDuplicateKey() throws IOException {
    read("a: 1\nb: 2\na: 3\nc:\n  x: 1\n  x: 2\n");
    assertEquals(2, diagnostics.all().size());
    assertEquals(
        "spec.yaml:3:1: error[E004]: duplicate key 'a' (first defined at line 1)",
        diagnostics.all().get(0).render());
    assertEquals(
        "spec.yaml:6:3: error[E004]: duplicate key 'x' (first defined at line 5)",
        diagnostics.all().get(1).render());
  }
}
