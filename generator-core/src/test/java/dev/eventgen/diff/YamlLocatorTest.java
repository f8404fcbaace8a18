package dev.eventgen.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventgen.diagnostic.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlLocatorTest {

  private static final String SPEC =
      """
      asyncapi: 3.0.0
      components:
        messages:
          Started:
            payload:
              $ref: '#/components/schemas/StartedPayload'
        schemas:
          StartedPayload:
            type: object
            properties:
              callGuid:
                type: string
              a/b:
                type: string
          Ended:
            allOf:
              - $ref: '#/components/schemas/StartedPayload'
              - properties:
                  duration:
                    type: integer
      """;

  @TempDir Path dir;

  @Test
  void findsAKeyThroughALocalRef() throws IOException {
    Path file = Files.writeString(dir.resolve("api.yaml"), SPEC);
    Location at = YamlLocator.of(file).locate("/components/messages/Started/payload/properties/callGuid");
    assertEquals(11, at.line());
    assertEquals(9, at.column());
  }

  @Test
  void aReferenceIsShownAtItsDefinition() throws IOException {
    Path file = Files.writeString(dir.resolve("api.yaml"), SPEC);
    Location at = YamlLocator.of(file).locate("/components/messages/Started/payload");
    assertEquals(8, at.line());
    assertEquals(5, at.column());
  }

  @Test
  void unescapesPointerSegments() throws IOException {
    Path file = Files.writeString(dir.resolve("api.yaml"), SPEC);
    Location at = YamlLocator.of(file).locate("/components/schemas/StartedPayload/properties/a~1b");
    assertEquals(13, at.line());
  }

  @Test
  void looksIntoThePartsOfAnAllOf() throws IOException {
    Path file = Files.writeString(dir.resolve("api.yaml"), SPEC);
    Locator locator = YamlLocator.of(file);
    assertEquals(19, locator.locate("/components/schemas/Ended/properties/duration").line());
    assertEquals(11, locator.locate("/components/schemas/Ended/properties/callGuid").line());
  }

  @Test
  void stopsAtTheDeepestNodeThatExists() throws IOException {
    Path file = Files.writeString(dir.resolve("api.yaml"), SPEC);
    Location at = YamlLocator.of(file).locate("/components/messages/Started/headers/properties/x");
    assertEquals(4, at.line());
    assertEquals("/components/messages/Started", at.pointer());
  }

  @Test
  void aFileThatIsNotYamlIsLocatedAsAWhole() throws IOException {
    Path file = Files.writeString(dir.resolve("api.yaml"), "a: [unclosed\n");
    Location at = YamlLocator.of(file).locate("/a");
    assertEquals(file + "", at.render());
  }
}
