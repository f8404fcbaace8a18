package dev.eventgen.emit.jms;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.eventgen.emit.Emitter;
import dev.eventgen.emit.JavaNames;
import dev.eventgen.model.Api;
import dev.eventgen.model.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * The JMS target ({@code jakarta.jms} 3.1), into {@code <base>.jms}: destination constants, the
 * channel enum, and the dispatcher's routing table, subscriber and publisher as API-named facades
 * over the runtime's {@code dev.eventgen.runtime.jms}. Emits nothing for an API without a channel
 * bound to JMS.
 */
public final class JmsEmitter implements Emitter {

  @Override
  public List<JavaFile> emit(Api api, JavaNames names) {
    JmsNames jms = new JmsNames(names);
    if (jms.channels().isEmpty()) {
      return List.of();
    }
    ChannelsWriter channels = new ChannelsWriter(jms);
    List<TypeSpec> types = new ArrayList<>();
    types.add(channels.destinations());
    types.add(channels.channelEnum());
    types.add(new DispatcherWriter(jms).write());
    types.add(new SubscriberWriter(jms).write());
    types.add(new PublisherWriter(jms).write());
    return types.stream().map(type -> names.file(names.jmsPackage(), type)).toList();
  }

  /** True if the API has a channel bound to JMS, so this target emits its dispatcher. */
  public static boolean emitsFor(JavaNames names) {
    return !new JmsNames(names).channels().isEmpty();
  }

  /** Generated code naming a deprecated message class must not warn under {@code -Werror}. */
  static void suppressDeprecationIfNeeded(TypeSpec.Builder type, List<Message> messages) {
    if (messages.stream().anyMatch(Message::deprecated)) {
      type.addAnnotation(
          AnnotationSpec.builder(SuppressWarnings.class)
              .addMember("value", "$S", "deprecation")
              .build());
    }
  }
}
