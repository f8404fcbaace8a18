package dev.eventgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RefMapTest {

  private final RefMap map =
      RefMap.parse(
          List.of(
              "https://x.example/=mirror",
              "https://x.example/shared=shared-v2",
              "https://x.example/one.avsc=files/one.avsc"),
          Path.of("base"));

  @Test
  void relativeFoldersAreResolvedAgainstTheBase() {
    assertEquals(Path.of("base/mirror"), map.folders().get("https://x.example/"));
  }

  @Test
  void theLongestPrefixWinsAtAPathBoundary() {
    assertEquals(
        new RefMap.Mapped("https://x.example/shared", Path.of("base/shared-v2"), "tag.yaml"),
        map.map("https://x.example/shared/tag.yaml"));
    assertEquals(
        new RefMap.Mapped("https://x.example/", Path.of("base/mirror"), "sharedness/a.yaml"),
        map.map("https://x.example/sharedness/a.yaml"));
  }

  @Test
  void aPrefixThatIsTheWholeUrlMapsToItsFile() {
    assertEquals(
        new RefMap.Mapped("https://x.example/one.avsc", Path.of("base/files/one.avsc"), ""),
        map.map("https://x.example/one.avsc"));
  }

  @Test
  void anUnmatchedUrlIsNotMapped() {
    assertNull(map.map("http://x.example/a.yaml"));
  }

  @Test
  void badEntriesAreRefusedByName() {
    assertEquals(
        "ref map 'schemas' is not <prefix>=<folder>, e.g. https://schemas.example.com/=schemas",
        refused("schemas"));
    assertEquals(
        "ref map prefix 'schemas.example.com/' is not a URL (e.g. https://schemas.example.com/)",
        refused("schemas.example.com/=schemas"));
    assertEquals(
        "ref map prefix 'https://a/' is given twice", refused("https://a/=x", "https://a/=y"));
  }

  @Test
  void theDescriptionHasAbsoluteFoldersInPrefixOrder() {
    assertEquals("(none)", RefMap.NONE.describe());
    assertEquals(
        "https://a/="
            + Path.of("x").toAbsolutePath()
            + " https://b/="
            + Path.of("y").toAbsolutePath(),
        RefMap.parse(List.of("https://b/=y", "https://a/=x"), Path.of("")).describe());
  }

  private static String refused(String... entries) {
    return assertThrows(
            IllegalArgumentException.class, () -> RefMap.parse(List.of(entries), Path.of("")))
        .getMessage();
  }
}
