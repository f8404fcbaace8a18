package dev.eventgen.emit.syslog;

import com.palantir.javapoet.JavaFile;
import dev.eventgen.emit.Emitter;
import dev.eventgen.emit.JavaNames;
import dev.eventgen.model.Api;
import java.util.List;
import java.util.stream.Stream;

/**
 * The syslog target: the API's typed decoder, formatter, dispatcher and receiver facade, in {@link
 * JavaNames#syslogPackage()}. Parsing, framing, the servers and the field readers and writers are
 * the same for every spec and live in the runtime ({@code dev.eventgen.runtime.syslog}); a spec
 * without syslog messages gets nothing.
 */
public final class SyslogEmitter implements Emitter {

  /** True if the API has messages sent over syslog, so this target emits its dispatcher. */
  public static boolean emitsFor(JavaNames names) {
    return !new SyslogMapping(names).isEmpty();
  }

  @Override
  public List<JavaFile> emit(Api api, JavaNames names) {
    SyslogTypes types = new SyslogTypes(names);
    SyslogMapping mapping = new SyslogMapping(names);
    if (mapping.isEmpty()) {
      return List.of();
    }
    return Stream.of(
            new DecoderWriter(types, mapping).write(),
            new EventFormatterWriter(types, mapping).write(),
            new DispatcherWriter(types, mapping).write(),
            new ReceiverWriter(types).write())
        .map(spec -> names.file(names.syslogPackage(), spec))
        .toList();
  }
}
