package dev.eventgen.emit.syslog;

import com.palantir.javapoet.JavaFile;
import dev.eventgen.emit.Emitter;
import dev.eventgen.emit.JavaNames;
import dev.eventgen.model.Api;
import java.util.List;

/**
 * The syslog target: the API's typed decoder, formatter, dispatcher and receiver facade, in {@link
 * JavaNames#syslogPackage()}. Parsing, framing, the servers and the field readers and writers are
 * the same for every spec and live in the runtime ({@code dev.eventgen.runtime.syslog}); a spec
 * without syslog messages gets nothing.
 */
public final class SyslogEmitter implements Emitter {

  @Override
  public List<JavaFile> emit(Api api, JavaNames names) {
    SyslogTypes types = new SyslogTypes(names);
    SyslogMapping mapping = new SyslogMapping(names);
    if (mapping.isEmpty()) {
      return List.of();
    }
    return List.of(
            new DecoderWriter(types, mapping).type(),
            new EventFormatterWriter(types, mapping).type(),
            new DispatcherWriter(types, mapping).type(),
            new ReceiverWriter(types).type())
        .stream()
        .map(
            spec -> JavaFile.builder(names.syslogPackage(), spec).skipJavaLangImports(true).build())
        .toList();
  }
}
