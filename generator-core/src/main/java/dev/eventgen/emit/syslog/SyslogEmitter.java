package dev.eventgen.emit.syslog;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.eventgen.emit.Emitter;
import dev.eventgen.emit.JavaNames;
import dev.eventgen.model.Api;
import java.util.ArrayList;
import java.util.List;

/**
 * The syslog target: a generic RFC 5424 / RFC 3164 / CiscoLog parser and formatter, plus the
 * API's typed decoder, formatter and UDP/TCP receiver, in {@link JavaNames#syslogPackage()}.
 */
public final class SyslogEmitter implements Emitter {

  @Override
  public List<JavaFile> emit(Api api, JavaNames names) {
    SyslogTypes types = new SyslogTypes(names);
    SyslogMapping mapping = new SyslogMapping(names);
    List<TypeSpec> specs =
        new ArrayList<>(
            generic(
                types,
                mapping.isEmpty()
                    ? SdNames.registered()
                    : SdNames.of(mapping, new FieldKinds(types))));
    if (!mapping.isEmpty()) {
      specs.add(new FieldsWriter(types).write());
      specs.add(new DecoderWriter(types, mapping).write());
      specs.add(new EventFormatterWriter(types, mapping).write());
      specs.add(new FrameSinkWriter(types).write());
      specs.add(new FramerWriter(types).write());
      specs.add(new ThreadsWriter(types).write());
      specs.add(new UdpServerWriter(types).write());
      specs.add(new TcpServerWriter(types).write());
      specs.add(new DispatcherWriter(types, mapping).write());
      specs.add(new ReceiverWriter(types).write());
    }
    return specs.stream().map(spec -> names.file(names.syslogPackage(), spec)).toList();
  }

  /** The types that do not depend on the spec, but for the SD names they know. */
  static List<TypeSpec> generic(SyslogTypes types, List<String> knownNames) {
    List<TypeSpec> specs = new ArrayList<>(new MessageModelWriter(types).types());
    specs.add(new NamesWriter(types, knownNames).write());
    specs.add(new ParseExceptionWriter(types).write());
    specs.add(new CursorWriter(types).write());
    specs.add(new Rfc5424ParserWriter(types).write());
    specs.add(new Rfc3164ParserWriter(types).write());
    specs.add(new CiscoLogParserWriter(types).write());
    specs.add(new ParserWriter(types).write());
    specs.add(new FormatterWriter(types).write());
    return specs;
  }
}
