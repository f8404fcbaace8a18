package dev.eventgen.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorFingerprintTest {

  @TempDir Path dir;

  @Test
  void aReleaseIsIdentifiedByItsVersionAlone() throws IOException {
    Path jar = Files.writeString(dir.resolve("core.jar"), "classes");
    assertEquals("1.2.0", GeneratorFingerprint.of("1.2.0", jar));
  }

  @Test
  void aRebuiltSnapshotJarGetsANewFingerprint() throws IOException {
    Path jar = Files.writeString(dir.resolve("core.jar"), "classes");
    String before = GeneratorFingerprint.of("1.2.0-SNAPSHOT", jar);
    Files.writeString(jar, "other classes");
    Files.setLastModifiedTime(
        jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 1000));
    String after = GeneratorFingerprint.of("1.2.0-SNAPSHOT", jar);
    assertTrue(before.startsWith("1.2.0-SNAPSHOT+"), before);
    assertNotEquals(before, after);
  }

  @Test
  void aSnapshotRunFromAClassesDirectoryIsFingerprintedByItsFiles() throws IOException {
    Path classes = Files.createDirectories(dir.resolve("classes"));
    Files.writeString(classes.resolve("A.class"), "a");
    String before = GeneratorFingerprint.of("1.2.0-SNAPSHOT", classes);
    assertEquals(before, GeneratorFingerprint.of("1.2.0-SNAPSHOT", classes));
    Files.writeString(classes.resolve("B.class"), "b");
    assertNotEquals(before, GeneratorFingerprint.of("1.2.0-SNAPSHOT", classes));
  }

  @Test
  void theCurrentFingerprintStartsWithTheBuiltVersion() {
    assertTrue(GeneratorFingerprint.get().startsWith(dev.eventgen.GeneratorVersion.get()));
  }
}
