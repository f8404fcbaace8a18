package dev.eventgen.emit.records;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.eventgen.GeneratorVersion;
import dev.eventgen.emit.JavaNames;
import dev.eventgen.emit.Javadocs;
import dev.eventgen.model.Api;
import dev.eventgen.model.Channel;
import dev.eventgen.model.Identifiers;
import dev.eventgen.model.JmsDestination;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * The API descriptor ({@code CvpApi}): title, version and content hash of the spec the code was
 * generated from, and every channel with its JMS destination and messages. The AsyncAPI version is
 * left out on purpose: the 2.6 and 3.0 renditions of one API must generate identical sources.
 *
 * <p>It also names the {@code eventgen-runtime} version the code was generated for (the generator's
 * own: they are released together) and checks it when it initialises; every other generated entry
 * point initialises it first, through {@code requireRuntime()}.
 */
final class ApiDescriptorWriter {

  private static final List<String> RESERVED =
      List.of("TITLE", "VERSION", "CONTENT_HASH", "CHANNELS", "RUNTIME_VERSION");

  private final JavaNames names;
  private final ClassName channel;
  private final ClassName kind;

  ApiDescriptorWriter(JavaNames names) {
    this.names = names;
    this.channel = names.apiDescriptor().nestedClass("Channel");
    this.kind = names.apiDescriptor().nestedClass("DestinationKind");
  }

  TypeSpec.Builder write() {
    Api api = names.api();
    TypeSpec.Builder spec =
        TypeSpec.classBuilder(names.apiDescriptor())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "Describes the API this code was generated from: $L $L.\n",
                Javadocs.escape(Objects.toString(api.title(), "")),
                Javadocs.escape(Objects.toString(api.version(), "")))
            .addField(constant(String.class, "TITLE", "The spec's title.", api.title()))
            .addField(constant(String.class, "VERSION", "The spec's version.", api.version()))
            .addField(
                constant(
                    String.class,
                    "CONTENT_HASH",
                    "SHA-256 (hex) of the resolved spec document.",
                    api.contentHash()))
            .addField(
                constant(
                    String.class,
                    "RUNTIME_VERSION",
                    "The {@code eventgen-runtime} version this code was generated for.",
                    GeneratorVersion.get()))
            .addStaticBlock(
                CodeBlock.of(
                    "$T.require(RUNTIME_VERSION, $S);\n",
                    names.runtimeVersion(),
                    api.title() + " " + api.version()))
            .addMethod(requireRuntime())
            .addType(ChannelRecord.write(channel, kind))
            .addType(ChannelRecord.destinationKinds(kind));
    addChannels(spec, api.channels());
    return spec.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
  }

  /** A constant per channel, named after its address ({@code CVP_CALLS_STARTED}), and the list. */
  private void addChannels(TypeSpec.Builder spec, List<Channel> channels) {
    List<String> constants = new ArrayList<>();
    NameAllocator allocator = new NameAllocator();
    RESERVED.forEach(allocator::newName);
    for (Channel c : channels) {
      String constant =
          allocator.newName(Identifiers.constantCase(c.address() != null ? c.address() : c.name()));
      constants.add(constant);
      spec.addField(channelConstant(constant, c));
    }
    spec.addField(channelList(constants));
  }

  private static MethodSpec requireRuntime() {
    return MethodSpec.methodBuilder("requireRuntime")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc(
            "Does nothing but initialise this class, which fails if the {@code eventgen-runtime}\n"
                + "on the class path is not {@link #RUNTIME_VERSION}. Generated entry points call it\n"
                + "from their static initialisers.\n")
        .build();
  }

  private static FieldSpec constant(Class<?> type, String name, String doc, String value) {
    return FieldSpec.builder(type, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("$L\n", doc)
        .initializer("$Z$S", value)
        .build();
  }

  private FieldSpec channelConstant(String constant, Channel c) {
    JmsDestination jms = c.jms();
    CodeBlock messages =
        c.messageNames().stream().map(m -> CodeBlock.of("$S", m)).collect(CodeBlock.joining(",$W"));
    CodeBlock kindValue =
        jms == null || jms.kind() == null
            ? CodeBlock.of("null")
            : CodeBlock.of("$T.$L", kind, jms.kind().name());
    // Not the title: AsyncAPI 2.x channels have none, and both renditions must give one output.
    String doc = Javadocs.wrap(Javadocs.sentence(c.description()), "");
    String where = c.address() != null ? c.address() : c.name();
    return FieldSpec.builder(channel, constant, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("$L\n", doc.isEmpty() ? "The " + Javadocs.code(where) + " channel." : doc)
        .initializer(
            "$Znew $T($S,$W$S,$W$L,$W$T.of($L))",
            channel,
            c.address(),
            jms == null ? null : jms.destination(),
            kindValue,
            List.class,
            messages)
        .build();
  }

  private FieldSpec channelList(List<String> constants) {
    TypeName type = ParameterizedTypeName.get(ClassName.get(List.class), channel);
    CodeBlock items =
        constants.stream().map(c -> CodeBlock.of("$N", c)).collect(CodeBlock.joining(",$W"));
    return FieldSpec.builder(type, "CHANNELS", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Every channel, in spec order.\n")
        .initializer("$T.of($L)", List.class, items)
        .build();
  }
}
