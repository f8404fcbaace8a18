package dev.eventgen.emit.records;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.palantir.javapoet.JavaFile;
import dev.eventgen.emit.JavaNames;
import dev.eventgen.model.Api;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The emitted sources compile without a single warning under {@code -Xlint:all -Werror}. */
class RecordsCompileTest {

  static List<JavaFile> emit(Api api) {
    return new RecordsEmitter().emit(api, new JavaNames(api, "com.acme.cvp", "Cvp"));
  }

  static Compilation compile(List<JavaFile> files) {
    return Compiler.javac()
        .withOptions("--release", "17", "-Xlint:all", "-Werror")
        .compile(files.stream().map(JavaFile::toJavaFileObject).toList());
  }

  @Test
  void cvpModelCompilesWithoutWarnings() {
    List<JavaFile> files = emit(CvpModel.api());
    assertThat(compile(files)).succeededWithoutWarnings();
  }
}
