package dev.eventgen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeSpec;
import dev.eventgen.model.Api;
import dev.eventgen.model.Identifiers;
import dev.eventgen.model.Message;
import dev.eventgen.model.NamedType;
import dev.eventgen.model.ObjectType;
import dev.eventgen.model.TypeRef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place that names generated Java types and the API-wide members every emitter shares.
 * Names are allocated in model order (sorted), so they are stable across runs.
 *
 * <p>Packages: records in {@code <base>.model}, JMS in {@code <base>.jms}, syslog in {@code
 * <base>.syslog}, and the listener interface ({@code <Api>EventListener}) in {@code <base>}. The
 * types that are the same for every API ({@code EventContext}, {@code Problem}, the listener's base
 * {@code EventListener}) are the runtime's, in {@value #RUNTIME_PACKAGE}.
 */
public final class JavaNames {

  /** The package of {@code eventgen-runtime}'s transport-neutral types. */
  public static final String RUNTIME_PACKAGE = "dev.eventgen.runtime";

  private final Api api;
  private final String basePackage;
  private final String apiName;
  private final Map<String, ClassName> typeNames = new HashMap<>();
  private final Map<String, ClassName> messageClasses = new HashMap<>();
  private final Map<String, String> listenerMethods = new HashMap<>();

  public JavaNames(Api api, String basePackage, String apiName) {
    this.api = api;
    this.basePackage = basePackage;
    this.apiName = apiName == null ? defaultApiName(api.title()) : apiName;
    allocateTypes();
    allocateListenerMethods();
  }

  /** {@code Cisco Voice Portal Call Events API} -> {@code CiscoVoicePortalCallEvents}. */
  public static String defaultApiName(String title) {
    String name = Identifiers.pascalCase(title == null ? "" : title);
    if (name.endsWith("Api") && name.length() > 3) {
      name = name.substring(0, name.length() - 3);
    }
    return name.startsWith("_") ? "Api" + name : name;
  }

  public Api api() {
    return api;
  }

  /** The file of a generated top-level type: every emitter's files go through {@link JavaFiles}. */
  public JavaFile file(String packageName, TypeSpec type) {
    return JavaFiles.of(api, packageName, type);
  }

  public String apiName() {
    return apiName;
  }

  public String basePackage() {
    return basePackage;
  }

  public String modelPackage() {
    return basePackage + ".model";
  }

  public String jmsPackage() {
    return basePackage + ".jms";
  }

  public String syslogPackage() {
    return basePackage + ".syslog";
  }

  /** The Java class of a named model type. */
  public ClassName type(String namedTypeName) {
    ClassName name = typeNames.get(namedTypeName);
    if (name == null) {
      throw new IllegalArgumentException("no named type " + namedTypeName);
    }
    return name;
  }

  public ClassName type(TypeRef ref) {
    return type(ref.name());
  }

  /**
   * The Java class a message is delivered as: its payload record when the payload is an object,
   * otherwise a wrapper record named after the message that the records emitter generates.
   */
  public ClassName messageClass(Message message) {
    return messageClasses.get(message.name());
  }

  /** True if {@link #messageClass} is a wrapper around a non-object payload. */
  public boolean isWrapped(Message message) {
    return !(message.payload() instanceof TypeRef ref && api.resolve(ref) instanceof ObjectType);
  }

  /** {@code CallStartedEvent} -> {@code onCallStarted}; unique among the listener's methods. */
  public String listenerMethod(Message message) {
    return listenerMethods.get(message.name());
  }

  /** Sealed interface every message class implements: {@code <base>.model.<Api>Event}. */
  public ClassName eventInterface() {
    return ClassName.get(modelPackage(), apiName + "Event");
  }

  /** API descriptor: title, version, hash, channels: {@code <base>.model.<Api>Api}. */
  public ClassName apiDescriptor() {
    return ClassName.get(modelPackage(), apiName + "Api");
  }

  /**
   * Holder of the one correctly configured Jackson {@code ObjectMapper} of the API (jsr310, dates
   * as ISO strings, offsets kept): {@code <base>.model.<Api>Json}.
   */
  public ClassName json() {
    return ClassName.get(modelPackage(), apiName + "Json");
  }

  /**
   * Package-private holder of the plain Java checks of the model's simple {@code pattern} facets,
   * shared by the records: {@code <base>.model.<Api>Patterns}.
   */
  public ClassName patterns() {
    return ClassName.get(modelPackage(), apiName + "Patterns");
  }

  public ClassName listener() {
    return ClassName.get(basePackage, apiName + "EventListener");
  }

  /** {@code EventContext} of the runtime: where and how a message arrived, with its bytes. */
  public ClassName eventContext() {
    return ClassName.get(RUNTIME_PACKAGE, "EventContext");
  }

  /** {@code EventContext.Headers}: the header map transports hand over without a copy. */
  public ClassName eventHeaders() {
    return eventContext().nestedClass("Headers");
  }

  /** {@code Problem} of the runtime: why a message could not be delivered as a typed event. */
  public ClassName problem() {
    return ClassName.get(RUNTIME_PACKAGE, "Problem");
  }

  /**
   * {@code EventListener} of the runtime, the listener interface's base: {@code onMalformed},
   * {@code onUnknown} and {@code onListenerFailure}.
   */
  public ClassName eventListenerBase() {
    return ClassName.get(RUNTIME_PACKAGE, "EventListener");
  }

  /** {@code RuntimeVersion} of the runtime, which generated code checks at initialisation. */
  public ClassName runtimeVersion() {
    return ClassName.get(RUNTIME_PACKAGE, "RuntimeVersion");
  }

  /** {@code EventJson} of the runtime: the JSON mapper setup of every API. */
  public ClassName eventJson() {
    return ClassName.get(RUNTIME_PACKAGE, "EventJson");
  }

  private void allocateTypes() {
    NameAllocator allocator = new NameAllocator();
    // Reserve the API-wide names so a schema called e.g. "CvpEvent" cannot shadow them.
    allocator.newName(eventInterface().simpleName(), "$event");
    allocator.newName(apiDescriptor().simpleName(), "$api");
    allocator.newName(json().simpleName(), "$json");
    allocator.newName(patterns().simpleName(), "$patterns");
    for (NamedType type : api.types()) {
      typeNames.put(type.name(), ClassName.get(modelPackage(), allocator.newName(type.name())));
    }
    for (Message message : api.messages()) {
      ClassName cls =
          isWrapped(message)
              ? ClassName.get(
                  modelPackage(), allocator.newName(Identifiers.typeName(message.name())))
              : type((TypeRef) message.payload());
      messageClasses.put(message.name(), cls);
    }
  }

  private void allocateListenerMethods() {
    NameAllocator allocator = new NameAllocator();
    for (String reserved : List.of("onMalformed", "onUnknown", "onListenerFailure")) {
      allocator.newName(reserved, reserved);
    }
    for (Message message : api.messages()) {
      String base = Identifiers.typeName(message.name());
      if (base.endsWith("Event") && base.length() > "Event".length()) {
        base = base.substring(0, base.length() - "Event".length());
      }
      listenerMethods.put(message.name(), allocator.newName("on" + base));
    }
  }
}
