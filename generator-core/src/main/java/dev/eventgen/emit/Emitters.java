package dev.eventgen.emit;

import dev.eventgen.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Which emitters a set of targets runs, in a fixed order. */
public final class Emitters {

  private Emitters() {}

  public static List<Emitter> forTargets(Set<Target> targets) {
    List<Emitter> emitters = new ArrayList<>();
    emitters.add(new dev.eventgen.emit.records.RecordsEmitter());
    if (targets.contains(Target.JMS) || targets.contains(Target.SYSLOG)) {
      emitters.add(new dev.eventgen.emit.listener.ListenerEmitter());
    }
    if (targets.contains(Target.JMS)) {
      emitters.add(new dev.eventgen.emit.jms.JmsEmitter());
    }
    if (targets.contains(Target.SYSLOG)) {
      emitters.add(new dev.eventgen.emit.syslog.SyslogEmitter());
    }
    if (targets.contains(Target.TESTKIT)) {
      emitters.add(
          new dev.eventgen.emit.testkit.TestkitEmitter(
              targets.contains(Target.JMS), targets.contains(Target.SYSLOG)));
    }
    return emitters;
  }
}
