package dev.eventgen.emit.listener;

import com.palantir.javapoet.JavaFile;
import dev.eventgen.emit.Emitter;
import dev.eventgen.emit.JavaNames;
import dev.eventgen.model.Api;
import java.util.List;

/**
 * The transport-neutral listener interface, in the base package: {@code <Api>EventListener}. The
 * JMS and syslog targets both deliver through it; {@code EventContext} and {@code Problem} are the
 * runtime's.
 */
public final class ListenerEmitter implements Emitter {

  @Override
  public List<JavaFile> emit(Api api, JavaNames names) {
    return List.of(names.file(names.basePackage(), new ListenerInterfaceWriter().write(names)));
  }
}
