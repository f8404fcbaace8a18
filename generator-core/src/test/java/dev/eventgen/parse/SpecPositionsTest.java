package dev.eventgen.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventgen.SpecLoader;
import dev.eventgen.diagnostic.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pointers located in the tree the loader built, through refs, files and allOf parts. */
class SpecPositionsTest {

  private static final String SPEC =
      """
      asyncapi: 3.0.0
      info: {title: T, version: 1.0.0}
      channels:
        calls:
          address: calls
          messages:
            Started:
              $ref: '#/components/messages/Started'
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
              party:
                $ref: 'party.yaml#/Party'
          Ended:
            allOf:
              - $ref: '#/components/schemas/StartedPayload'
              - properties:
                  duration:
                    type: integer
      """;

  private static final String PARTY =
      """
      Party:
        type: object
        properties:
          ani:
            type: string
      """;

  @TempDir Path dir;
  private SpecPositions positions;

  @BeforeEach
  void load() throws IOException {
    Files.writeString(dir.resolve("party.yaml"), PARTY);
    Path file = Files.writeString(dir.resolve("api.yaml"), SPEC);
    positions = SpecLoader.load(file).positions();
  }

  private Location at(String pointer) {
    return positions.locate(pointer);
  }

  @Test
  void findsAKeyThroughALocalRef() {
    Location at = at("/components/messages/Started/payload/properties/callGuid");
    assertEquals(18, at.line());
    assertEquals(9, at.column());
  }

  @Test
  void aReferenceIsShownAtItsDefinition() {
    Location at = at("/components/messages/Started/payload");
    assertEquals(15, at.line());
    assertEquals(5, at.column());
  }

  @Test
  void followsARefIntoAnotherFile() {
    Location at = at("/components/schemas/StartedPayload/properties/party/properties/ani");
    assertEquals("party.yaml", at.file().getFileName().toString());
    assertEquals(4, at.line());
  }

  @Test
  void unescapesPointerSegments() {
    assertEquals(20, at("/components/schemas/StartedPayload/properties/a~1b").line());
  }

  @Test
  void looksIntoThePartsOfAnAllOf() {
    assertEquals(28, at("/components/schemas/Ended/properties/duration").line());
    assertEquals(18, at("/components/schemas/Ended/properties/callGuid").line());
  }

  @Test
  void stopsAtTheDeepestNodeThatExists() {
    Location at = at("/components/messages/Started/headers/properties/x");
    assertEquals(11, at.line());
  }
}
