package dev.eventgen.testing;

import com.palantir.javapoet.JavaFile;
import dev.eventgen.emit.JavaFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Generated sources, written to disk, compiled like a user's build would ({@code javac --release 17
 * -Xlint:all -Werror} against the test class path) and loaded into a fresh class loader, so a test
 * can exercise the generated code for real.
 *
 * <p>The class loader's parent is the test's own, so library types such as Jackson's {@code
 * ObjectMapper} are shared between the test and the generated classes.
 *
 * <pre>{@code
 * CompiledSources compiled = CompiledSources.compile(tempDir, files);
 * Class<?> mapperHolder = compiled.load("com.acme.cvp.model.CvpJson");
 * }</pre>
 */
public final class CompiledSources {

  /**
   * A user's build: Java 17, every lint, warnings fatal. No annotation processing: processors on
   * the test class path (compile-testing brings AutoValue) are not the user's.
   */
  private static final List<String> OPTIONS =
      List.of("--release", "17", "-Xlint:all", "-Werror", "-proc:none");

  private final Path sourceRoot;
  private final URLClassLoader classLoader;

  private CompiledSources(Path sourceRoot, URLClassLoader classLoader) {
    this.sourceRoot = sourceRoot;
    this.classLoader = classLoader;
  }

  /**
   * Writes {@code files} under {@code workDir/src}, compiles them into {@code workDir/classes}.
   *
   * @throws AssertionError with every compiler diagnostic if compilation reports an error or a
   *     warning
   */
  public static CompiledSources compile(Path workDir, List<JavaFile> files) {
    try {
      Path sources = Files.createDirectories(workDir.resolve("src"));
      List<Path> written = new ArrayList<>();
      for (JavaFile file : files) {
        written.add(sources.relativize(JavaFiles.write(file, sources)));
      }
      return compileWritten(workDir, sources, written);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Compiles sources already on disk ({@code files}, relative to {@code sourceRoot}, e.g. what
   * {@code Generator.run} wrote) into {@code workDir/classes}.
   *
   * @throws AssertionError with every compiler diagnostic if compilation reports an error or a
   *     warning
   */
  public static CompiledSources compileWritten(Path workDir, Path sourceRoot, List<Path> files) {
    try {
      Path classes = Files.createDirectories(workDir.resolve("classes"));
      javac(files.stream().map(sourceRoot::resolve).toList(), classes);
      URL[] urls = {classes.toUri().toURL()};
      return new CompiledSources(
          sourceRoot, new URLClassLoader(urls, CompiledSources.class.getClassLoader()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loads a generated class by its binary name ({@code com.acme.Outer$Inner} for nested). */
  public Class<?> load(String binaryName) {
    try {
      return Class.forName(binaryName, true, classLoader);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("not generated: " + binaryName, e);
    }
  }

  /** Loads a generated class by its binary name, or null if it was not generated. */
  public Class<?> loadIfPresent(String binaryName) {
    try {
      return Class.forName(binaryName, true, classLoader);
    } catch (ClassNotFoundException e) {
      return null;
    }
  }

  /**
   * Runs {@code action} with the generated classes' loader as the thread's context class loader.
   * Jackson resolves some type ids by class name through that loader (e.g. {@code
   * JsonTypeInfo.Id.DEDUCTION}); in a user's application the generated classes are on the class
   * path anyway, in a test they are not.
   */
  public <T> T withContextClassLoader(Callable<T> action) throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(classLoader);
    try {
      return action.call();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  public ClassLoader classLoader() {
    return classLoader;
  }

  /** Where the sources were written, to read them in a failure message. */
  public Path sourceRoot() {
    return sourceRoot;
  }

  private static void javac(List<Path> sources, Path classes) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fileManager =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = new ArrayList<>(OPTIONS);
      options.addAll(List.of("-classpath", testClassPath(), "-d", classes.toString()));
      boolean ok =
          compiler
              .getTask(
                  null,
                  fileManager,
                  diagnostics,
                  options,
                  null,
                  fileManager.getJavaFileObjectsFromPaths(sources))
              .call();
      if (!ok || !diagnostics.getDiagnostics().isEmpty()) {
        throw new AssertionError(
            "generated sources do not compile cleanly:\n" + format(diagnostics));
      }
    }
  }

  private static String format(DiagnosticCollector<JavaFileObject> diagnostics) {
    return diagnostics.getDiagnostics().stream()
        .map(CompiledSources::format)
        .collect(Collectors.joining("\n"));
  }

  private static String format(Diagnostic<? extends JavaFileObject> d) {
    String where = d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber();
    return where + ": " + d.getKind() + ": " + d.getMessage(Locale.ROOT);
  }

  /**
   * The test class path. Surefire starts the JVM from a manifest-only jar, so {@code
   * java.class.path} alone would hide the dependencies; it publishes the real path separately.
   */
  private static String testClassPath() {
    return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
  }
}
