package dev.eventgen.emit.records;

import static dev.eventgen.emit.records.Models.optional;
import static dev.eventgen.emit.records.Models.range;
import static dev.eventgen.emit.records.Models.required;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventgen.GeneratorVersion;
import dev.eventgen.emit.JavaFiles;
import dev.eventgen.model.Api;
import dev.eventgen.model.Scalar;
import dev.eventgen.model.Scalar.Constraints;
import dev.eventgen.model.Scalar.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The exact text of two small generated types, as written ({@link JavaFiles#text}), to catch
 * unintended changes in layout, Javadoc and annotations; the generator version reads {@code
 * <version>}. Behaviour is tested elsewhere; these only pin the form. After an intended change,
 * regenerate with {@code -Deventgen.golden.update=src/test/resources/golden}.
 */
class GoldenFilesTest {

  static Api api() {
    Scalar cause =
        new Scalar(
            Kind.STRING, new Constraints(null, null, null, 96, null, null, false, false, null));
    return Models.api(
        "Golden API",
        List.of(),
        List.of(),
        List.of(
            Models.stringEnum("Severity", "Log severity names.", "error", "warning", "info"),
            Models.object(
                "Cause",
                Models.documented(
                    required("causeId", range(Kind.INT, 0, 9999)), "Reporting CauseRef id."),
                optional("cause-text", cause))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Severity", "Cause"})
  void matchesGoldenFile(String type) throws IOException {
    String actual = generated(type);
    String update = System.getProperty("eventgen.golden.update");
    if (update != null) {
      Files.writeString(Path.of(update, type + ".java.txt"), actual, StandardCharsets.UTF_8);
    }
    assertEquals(golden(type), actual);
  }

  private static String generated(String type) {
    return RecordsCompileTest.emit(api()).stream()
        .filter(file -> file.typeSpec().name().equals(type))
        .map(JavaFiles::text)
        .findFirst()
        .orElseThrow()
        .replace(GeneratorVersion.get(), "<version>");
  }

  private static String golden(String type) throws IOException {
    try (InputStream in =
        GoldenFilesTest.class.getResourceAsStream("/golden/" + type + ".java.txt")) {
      if (in == null) {
        throw new AssertionError("missing golden file golden/" + type + ".java.txt");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
