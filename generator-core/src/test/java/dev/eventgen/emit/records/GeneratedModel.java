package dev.eventgen.emit.records;

import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.palantir.javapoet.JavaFile;
import dev.eventgen.emit.JavaNames;
import dev.eventgen.model.Api;
import dev.eventgen.testing.CompiledSources;
import java.nio.file.Path;
import java.util.List;

/**
 * The records target of a model, generated, compiled and loaded, with the generated {@code
 * CvpJson.mapper()} to exercise it.
 */
final class GeneratedModel {

  static final String PACKAGE = "com.acme.cvp.model";

  private final CompiledSources compiled;
  private final ObjectMapper mapper;

  private GeneratedModel(CompiledSources compiled) throws ReflectiveOperationException {
    this.compiled = compiled;
    this.mapper = (ObjectMapper) type("CvpJson").getMethod("mapper").invoke(null);
  }

  static GeneratedModel of(Api api, Path workDir) throws ReflectiveOperationException {
    JavaNames names = new JavaNames(api, "com.acme.cvp", "Cvp");
    return compiled(new RecordsEmitter().emit(api, names), workDir);
  }

  /** Generated files of the records target (package {@code com.acme.cvp}, API name Cvp). */
  static GeneratedModel compiled(List<JavaFile> files, Path workDir)
      throws ReflectiveOperationException {
    return new GeneratedModel(CompiledSources.compile(workDir, files));
  }

  /** A generated class by simple name; {@code Outer$Inner} for nested ones. */
  Class<?> type(String simpleName) {
    return compiled.load(PACKAGE + "." + simpleName);
  }

  ObjectMapper mapper() {
    return mapper;
  }

  Object read(String json, String type) throws Exception {
    return compiled.withContextClassLoader(() -> mapper.readValue(json, type(type)));
  }

  /** Runs a read with the generated classes' loader as the context class loader. */
  <T> T readWith(java.util.concurrent.Callable<T> read) throws Exception {
    return compiled.withContextClassLoader(read);
  }

  /** Reads the JSON as the type and writes it back, as a tree to compare with the input. */
  JsonNode roundTrip(String json, String type) throws Exception {
    return mapper.readTree(mapper.writeValueAsString(read(json, type)));
  }

  JsonNode tree(String json) throws Exception {
    return mapper.readTree(json);
  }

  /** The constructor's own exception, unwrapped from Jackson's, for a document it must reject. */
  Throwable rejection(String json, String type) {
    ValueInstantiationException e =
        assertThrows(ValueInstantiationException.class, () -> read(json, type));
    return e.getCause();
  }

  /** Invokes a static method of a generated class. */
  Object call(String type, String method, Object... args) throws Exception {
    for (var m : type(type).getMethods()) {
      if (m.getName().equals(method) && m.getParameterCount() == args.length) {
        return m.invoke(null, args);
      }
    }
    throw new NoSuchMethodException(type + "." + method);
  }

  /** Invokes an instance method of a generated object. */
  static Object call(Object target, String method, Object... args) throws Exception {
    for (var m : target.getClass().getMethods()) {
      if (m.getName().equals(method) && m.getParameterCount() == args.length) {
        return m.invoke(target, args);
      }
    }
    throw new NoSuchMethodException(target.getClass().getName() + "." + method);
  }

  Path sourceRoot() {
    return compiled.sourceRoot();
  }
}
