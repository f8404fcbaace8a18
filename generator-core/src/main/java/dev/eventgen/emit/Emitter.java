package dev.eventgen.emit;

import com.palantir.javapoet.JavaFile;
import dev.eventgen.model.Api;
import java.util.List;

/** One target's code generation: a pure function from the model to Java files. */
@FunctionalInterface
public interface Emitter {

  List<JavaFile> emit(Api api, JavaNames names);
}
