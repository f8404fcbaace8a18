package dev.eventgen.emit.records;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eventgen.Generator;
import dev.eventgen.SpecLoader;
import dev.eventgen.Target;
import dev.eventgen.model.Api;
import dev.eventgen.testing.CompiledSources;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A property with {@code deprecated: true}: javac 17 warns about {@code @Deprecated} on a record
 * component, so the record compiles warning-free only without it, and the builder's setter carries
 * the deprecation instead.
 */
class DeprecatedFieldTest {

  @TempDir Path workDir;

  @Test
  void compilesWithoutWarningsAndTheSetterIsDeprecated() throws Exception {
    Api api =
        SpecLoader.load(Path.of("src/test/resources/deprecation/deprecated-field.yaml")).api();
    CompiledSources compiled =
        CompiledSources.compile(
            workDir, Generator.emit(api, Set.of(Target.RECORDS), "com.acme.dep", "Dep"));

    Class<?> builder = compiled.load("com.acme.dep.model.M$Builder");
    assertTrue(builder.getMethod("old", String.class).isAnnotationPresent(Deprecated.class));
    assertFalse(builder.getMethod("now", String.class).isAnnotationPresent(Deprecated.class));
    Class<?> record = compiled.load("com.acme.dep.model.M");
    assertTrue(
        Arrays.stream(record.getRecordComponents())
            .noneMatch(c -> c.isAnnotationPresent(Deprecated.class)));
  }
}
