package dev.eventgen.emit.jms;

import com.palantir.javapoet.JavaFile;
import dev.eventgen.emit.Emitter;
import dev.eventgen.emit.JavaNames;
import dev.eventgen.model.Api;
import java.util.List;

/** PLACEHOLDER: replaced by the jms target work. */
public final class JmsEmitter implements Emitter {

  @Override
  public List<JavaFile> emit(Api api, JavaNames names) {
    return List.of();
  }
}
