package dev.eventgen.emit.jms;

import com.palantir.javapoet.JavaFile;
import dev.eventgen.emit.DemoApi;
import dev.eventgen.emit.JavaNames;
import dev.eventgen.emit.listener.ListenerEmitter;
import dev.eventgen.testing.CompiledSources;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The listener and JMS output for {@link DemoApi}, compiled once per test class. */
final class DemoJms {

  private DemoJms() {}

  static List<JavaFile> files() {
    JavaNames names = DemoApi.names();
    List<JavaFile> files = new ArrayList<>(new ListenerEmitter().emit(names.api(), names));
    files.addAll(new JmsEmitter().emit(names.api(), names));
    return files;
  }

  static CompiledSources compile(Path work) {
    return CompiledSources.compile(work, files());
  }
}
