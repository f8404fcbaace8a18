package dev.eventgen.emit.listener;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.eventgen.emit.Emitter;
import dev.eventgen.emit.JavaNames;
import dev.eventgen.model.Api;
import java.util.List;

/**
 * The transport-neutral listener types, in the base package: {@code <Api>EventListener}, {@code
 * EventContext} and {@code Problem}. The JMS and syslog targets both deliver through them.
 */
public final class ListenerEmitter implements Emitter {

  @Override
  public List<JavaFile> emit(Api api, JavaNames names) {
    return List.of(
        file(names, new ListenerInterfaceWriter().write(names)),
        file(names, new EventContextWriter().write(names)),
        file(names, new ProblemWriter().write(names)));
  }

  private static JavaFile file(JavaNames names, TypeSpec type) {
    return names.file(names.basePackage(), type);
  }
}
