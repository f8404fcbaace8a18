package dev.eventgen.sampling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.eventgen.emit.JavaNames;
import dev.eventgen.model.Message;
import dev.eventgen.runtime.Dispatch;
import dev.eventgen.testing.CompiledSources;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/** The generated test kit of a compiled API (JMS and testkit targets), called by reflection. */
final class GeneratedKit {

  private final CompiledSources compiled;
  private final Method valid;
  private final Method deliverJson;
  private final Object listener;
  private final ObjectMapper mapper;

  GeneratedKit(CompiledSources compiled, JavaNames names) throws ReflectiveOperationException {
    this.compiled = compiled;
    String kit = names.basePackage() + ".testkit." + names.apiName();
    Class<?> samples = compiled.loadIfPresent(kit + "Samples"); // none for an API without messages
    this.valid = samples == null ? null : samples.getMethod("valid", String.class, long.class);
    Class<?> listenerType = compiled.load(names.listener().reflectionName());
    Class<?> testKit = compiled.loadIfPresent(kit + "TestKit");
    // the kit delivers JSON where the API has JMS channels
    this.deliverJson =
        testKit == null
            ? null
            : testKit.getMethod("deliverJson", listenerType, String.class, byte[].class);
    this.listener =
        Proxy.newProxyInstance(
            compiled.classLoader(),
            new Class<?>[] {listenerType},
            (proxy, method, args) -> method.getName().equals("hashCode") ? 0 : null);
    this.mapper =
        (ObjectMapper)
            compiled.load(names.json().reflectionName()).getMethod("mapper").invoke(null);
  }

  /**
   * Null if the kit's valid event of the seed is the sample, read, every time; else what differs.
   *
   * @param reader the generated reader of the message
   * @param sample the sampler's valid payload of the message for the seed
   */
  String validError(Message message, long seed, ObjectReader reader, JsonNode sample)
      throws Exception {
    if (valid == null) {
      return "no samples class was generated";
    }
    return compiled.withContextClassLoader(
        () -> {
          try {
            JsonNode event = mapper.valueToTree(valid.invoke(null, message.name(), seed));
            JsonNode again = mapper.valueToTree(valid.invoke(null, message.name(), seed));
            JsonNode read = mapper.valueToTree(reader.readValue(sample.toString()));
            return event.equals(read) && event.equals(again)
                ? null
                : "the kit's event " + event + " is not the sample read " + read;
          } catch (InvocationTargetException e) {
            return String.valueOf(e.getCause());
          }
        });
  }

  /** True if the kit can deliver JSON bodies: the API has JMS channels. */
  boolean delivers() {
    return deliverJson != null;
  }

  /** True if the kit delivers the body to the listener's typed method. */
  boolean delivered(Message message, byte[] body) throws Exception {
    if (deliverJson == null) {
      return false;
    }
    return compiled.withContextClassLoader(
        () -> {
          try {
            Dispatch.Counts counts =
                (Dispatch.Counts) deliverJson.invoke(null, listener, message.name(), body);
            return counts.delivered() > 0;
          } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException) {
              return false; // a message on no JMS channel: nothing to deliver it through
            }
            throw e;
          }
        });
  }
}
