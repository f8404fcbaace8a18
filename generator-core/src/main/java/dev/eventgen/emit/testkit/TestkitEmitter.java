package dev.eventgen.emit.testkit;

import com.palantir.javapoet.JavaFile;
import dev.eventgen.emit.Emitter;
import dev.eventgen.emit.JavaNames;
import dev.eventgen.emit.jms.JmsEmitter;
import dev.eventgen.emit.syslog.SyslogEmitter;
import dev.eventgen.model.Api;
import java.util.ArrayList;
import java.util.List;

/**
 * The test kit, in {@code <base>.testkit}: {@code <Api>Samples} (random valid events and
 * single-rule violations of every message) and, with the JMS or syslog target, {@code <Api>TestKit}
 * (events and raw bodies through the generated decoding into a listener, without a broker or
 * socket). The behaviour is the runtime's ({@code dev.eventgen.runtime.testkit}); what is generated
 * is the API's sample schema and the typed entry points.
 */
public final class TestkitEmitter implements Emitter {

  private final boolean jms;
  private final boolean syslog;

  /**
   * @param jms the JMS target is generated too: the kit delivers JSON bodies (if the API has JMS
   *     channels)
   * @param syslog the syslog target is generated too: the kit delivers syslog lines (if the API has
   *     syslog messages)
   */
  public TestkitEmitter(boolean jms, boolean syslog) {
    this.jms = jms;
    this.syslog = syslog;
  }

  @Override
  public List<JavaFile> emit(Api api, JavaNames names) {
    if (api.messages().isEmpty()) {
      return List.of();
    }
    TestkitNames kit = new TestkitNames(names);
    boolean jms = this.jms && JmsEmitter.emitsFor(names);
    boolean syslog = this.syslog && SyslogEmitter.emitsFor(names);
    List<JavaFile> files = new ArrayList<>();
    files.add(names.file(kit.testkitPackage(), new SamplesWriter(kit).write()));
    if (jms || syslog) {
      files.add(names.file(kit.testkitPackage(), new TestKitWriter(kit, jms, syslog).write()));
    }
    return files;
  }
}
