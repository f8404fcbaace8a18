package dev.eventgen.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.nio.file.Path;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompiledSourcesTest {

  @TempDir Path tempDir;

  @Test
  void compilesAndLoadsGeneratedClasses() throws Exception {
    MethodSpec hello =
        MethodSpec.methodBuilder("hello")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(String.class)
            .addStatement("return $S", "hi")
            .build();
    JavaFile file =
        JavaFile.builder(
                "p",
                TypeSpec.classBuilder("Greeter")
                    .addModifiers(Modifier.PUBLIC)
                    .addMethod(hello)
                    .build())
            .build();

    CompiledSources compiled = CompiledSources.compile(tempDir, List.of(file));

    Class<?> greeter = compiled.load("p.Greeter");
    assertEquals("hi", greeter.getMethod("hello").invoke(null));
  }

  @Test
  void rejectsSourcesThatCompileOnlyWithWarnings() {
    MethodSpec raw =
        MethodSpec.methodBuilder("raw")
            .addModifiers(Modifier.STATIC)
            .returns(Object.class)
            .addStatement("return new java.util.ArrayList()")
            .build();
    JavaFile file =
        JavaFile.builder("p", TypeSpec.classBuilder("Raw").addMethod(raw).build()).build();

    AssertionError error =
        assertThrows(AssertionError.class, () -> CompiledSources.compile(tempDir, List.of(file)));

    assertTrue(error.getMessage().contains("Raw.java"), error.getMessage());
  }
}
