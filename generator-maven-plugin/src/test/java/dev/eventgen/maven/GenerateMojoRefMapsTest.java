package dev.eventgen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code refMaps} parameter: remote refs read from project folders, which count as inputs. */
class GenerateMojoRefMapsTest {

  private static final String SPEC =
      """
      asyncapi: 3.0.0
      info: {title: Calls, version: 1.0.0}
      channels:
        calls:
          address: calls
          messages:
            CallStarted:
              payload: {$ref: 'https://schemas.example.com/calls/call.yaml#/CallStarted'}
      operations:
        onCall: {action: send, channel: {$ref: '#/channels/calls'}}
      """;

  @TempDir Path basedir;
  private Path mapped;
  private final List<String> logged = new ArrayList<>();

  @BeforeEach
  void projectWithAMirroredSchema() throws Exception {
    Files.createDirectories(basedir.resolve("src/main/asyncapi"));
    Files.writeString(basedir.resolve("src/main/asyncapi/calls.yaml"), SPEC);
    mapped = Files.createDirectories(basedir.resolve("mirror/calls")).resolve("call.yaml");
    Files.writeString(
        mapped, "CallStarted:\n  type: object\n  properties:\n    id: {type: string}\n");
  }

  @Test
  void aMappedRefIsReadFromTheProjectFolderAndItsChangeRegenerates() throws Exception {
    execute("https://schemas.example.com/=mirror");
    Path record = basedir.resolve("target/out/com/acme/model/CallStarted.java");
    assertTrue(Files.readString(record).contains("String id"));

    execute("https://schemas.example.com/=mirror");
    assertTrue(logged.get(logged.size() - 1).startsWith("eventgen: up to date"), logged.toString());

    Files.writeString(
        mapped, "CallStarted:\n  type: object\n  properties:\n    id: {type: integer}\n");
    execute("https://schemas.example.com/=mirror");
    assertTrue(
        logged.contains("eventgen: referenced file changed: " + mapped + "; generating"),
        logged.toString());
    assertTrue(Files.readString(record).contains("Long id"), Files.readString(record));
  }

  @Test
  void aChangedMappingRegenerates() throws Exception {
    execute("https://schemas.example.com/=mirror");
    Files.createDirectories(basedir.resolve("copy"));
    Files.move(basedir.resolve("mirror/calls"), basedir.resolve("copy/calls"));
    execute("https://schemas.example.com/=copy");
    assertTrue(logged.contains("eventgen: options changed: refMap; generating"), logged.toString());
  }

  @Test
  void aMalformedEntryFailsTheGoalByName() {
    MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> execute("mirror"));
    assertEquals(
        "eventgen: refMaps: ref map 'mirror' is not <prefix>=<folder>,"
            + " e.g. https://schemas.example.com/=schemas",
        e.getMessage());
  }

  /** Runs the goal as Maven would configure it from a pom in {@code basedir}. */
  private void execute(String... refMaps) throws Exception {
    MavenProject project = new MavenProject();
    project.setFile(basedir.resolve("pom.xml").toFile());
    GenerateMojo mojo = new GenerateMojo();
    set(mojo, "project", project);
    set(mojo, "specFile", basedir.resolve("src/main/asyncapi/calls.yaml").toFile());
    set(mojo, "outputDirectory", basedir.resolve("target/out").toFile());
    set(mojo, "packageName", "com.acme");
    set(mojo, "refMaps", List.of(refMaps));
    mojo.setLog(
        new SystemStreamLog() {
          @Override
          public void info(CharSequence content) {
            logged.add(content.toString());
          }
        });
    mojo.execute();
  }

  private static void set(Object mojo, String field, Object value) throws Exception {
    Field f = mojo.getClass().getDeclaredField(field);
    f.setAccessible(true);
    f.set(mojo, value);
  }
}
