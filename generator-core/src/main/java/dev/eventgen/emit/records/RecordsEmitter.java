package dev.eventgen.emit.records;

import com.palantir.javapoet.JavaFile;
import dev.eventgen.emit.Emitter;
import dev.eventgen.emit.JavaNames;
import dev.eventgen.model.Api;
import java.util.List;

/** PLACEHOLDER: replaced by the records target work. */
public final class RecordsEmitter implements Emitter {

  @Override
  public List<JavaFile> emit(Api api, JavaNames names) {
    return List.of();
  }
}
