package dev.eventgen.emit.testkit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import dev.eventgen.emit.JavaNames;
import dev.eventgen.emit.Javadocs;
import dev.eventgen.model.Message;
import dev.eventgen.model.NamedType;
import dev.eventgen.sampling.SampleSchemas;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * {@code <Api>Samples}: the API's sample schema as constants, and typed entry points to the
 * runtime's {@code EventSamples} over it.
 */
final class SamplesWriter {

  private static final ClassName EVENT_SAMPLES = TestkitNames.runtime("EventSamples");
  private static final ClassName SAMPLER = TestkitNames.runtime("Sampler");
  private static final ClassName SAMPLE_SCHEMA = TestkitNames.runtime("SampleSchema");
  private static final ClassName INVALID_SAMPLE = TestkitNames.runtime("InvalidSample");

  private final TestkitNames kit;
  private final JavaNames names;

  SamplesWriter(TestkitNames kit) {
    this.kit = kit;
    this.names = kit.names();
  }

  TypeSpec write() {
    List<FieldSpec> schema =
        TextConstants.of("SCHEMA_", SampleSchemas.document(names.api()).toString());
    CodeBlock.Builder parts = CodeBlock.builder().add("$S", "");
    schema.forEach(field -> parts.add(",$W$N", field));
    TypeName event = names.eventInterface();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(kit.samples())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc("$L", Javadocs.wrap(typeDoc()))
            .addFields(schema)
            .addField(
                FieldSpec.builder(
                        EVENT_SAMPLES, "SAMPLES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer(
                        "new $T(sampler(),$W$T.mapper(),$Wclasses())", EVENT_SAMPLES, names.json())
                    .build())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addMethod(
                MethodSpec.methodBuilder("sampler")
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .returns(SAMPLER)
                    .addStatement(
                        "return new $T($T.parse(String.join($L)))",
                        SAMPLER,
                        SAMPLE_SCHEMA,
                        parts.build())
                    .build())
            .addMethod(classes());
    TypeVariableName e = TypeVariableName.get("E", event);
    TypeName classOfEvent = ParameterizedTypeName.get(ClassName.get(Class.class), e);
    TypeName anyEventClass =
        ParameterizedTypeName.get(ClassName.get(Class.class), WildcardTypeName.subtypeOf(event));
    TypeName invalidList = ParameterizedTypeName.get(ClassName.get(List.class), INVALID_SAMPLE);
    type.addMethod(
        publicStatic("valid")
            .addTypeVariable(e)
            .returns(e)
            .addParameter(classOfEvent, "type")
            .addParameter(long.class, "seed")
            .addJavadoc(
                "A random valid event of the message read as {@code type}, made from the spec's"
                    + " facets; the same\nfor the same seed.\n\n"
                    + "@param type the message's class, e.g. {@code $L.class}\n"
                    + "@param seed any number; the same seed gives the same event\n"
                    + "@param <E> the event type\n"
                    + "@return the event\n"
                    + "@throws IllegalArgumentException if no message is read as {@code type}\n",
                names.messageClass(names.api().messages().get(0)).simpleName())
            .addStatement("return SAMPLES.valid(type, seed)")
            .build());
    type.addMethod(
        publicStatic("valid")
            .returns(event)
            .addParameter(String.class, "messageName")
            .addParameter(long.class, "seed")
            .addJavadoc(
                "A random valid event of a message, by its name in the spec; the same for the"
                    + " same seed.\n\n"
                    + "@param messageName the spec's message name, e.g. {@code $L}\n"
                    + "@param seed any number; the same seed gives the same event\n"
                    + "@return the event\n"
                    + "@throws IllegalArgumentException if the API has no such message\n",
                names.api().messages().get(0).name())
            .addStatement("return ($T) SAMPLES.valid(messageName, seed)", event)
            .build());
    type.addMethod(
        publicStatic("validJson")
            .returns(byte[].class)
            .addParameter(String.class, "messageName")
            .addParameter(long.class, "seed")
            .addJavadoc(
                "The payload of {@link #valid(String, long)} as the UTF-8 JSON a producer"
                    + " sends.\n\n"
                    + "@param messageName the spec's message name\n"
                    + "@param seed any number; the same seed gives the same payload\n"
                    + "@return the JSON\n"
                    + "@throws IllegalArgumentException if the API has no such message\n")
            .addStatement("return SAMPLES.validJson(messageName, seed)")
            .build());
    type.addMethod(
        publicStatic("invalid")
            .returns(invalidList)
            .addParameter(String.class, "messageName")
            .addParameter(long.class, "seed")
            .addJavadoc(
                "Every variant of the message's valid payload for the seed that breaks exactly"
                    + " one rule of the\nspec (a required field absent, a wrong JSON type, out of"
                    + " range, a wrong length, a pattern, enum\nor const broken), labelled with"
                    + " the rule and its JSON pointer; as raw JSON, since the records\nrefuse"
                    + " them.\n\n"
                    + "@param messageName the spec's message name\n"
                    + "@param seed any number; the same seed gives the same variants\n"
                    + "@return the variants, in document order\n"
                    + "@throws IllegalArgumentException if the API has no such message\n")
            .addStatement("return SAMPLES.invalid(messageName, seed)")
            .build());
    type.addMethod(
        publicStatic("invalid")
            .returns(invalidList)
            .addParameter(anyEventClass, "type")
            .addParameter(long.class, "seed")
            .addJavadoc(
                "The variants of {@link #invalid(String, long)} of the message read as {@code"
                    + " type}.\n\n"
                    + "@param type the message's class\n"
                    + "@param seed any number; the same seed gives the same variants\n"
                    + "@return the variants, in document order\n"
                    + "@throws IllegalArgumentException if no message is read as {@code type}\n")
            .addStatement("return SAMPLES.invalid(type, seed)")
            .build());
    type.addMethod(
        publicStatic("messageNames")
            .returns(ParameterizedTypeName.get(List.class, String.class))
            .addJavadoc(
                "The names of the API's messages, in the spec's order.\n\n" + "@return the names\n")
            .addStatement("return SAMPLES.messageNames()")
            .build());
    type.addMethod(
        publicStatic("messageName")
            .returns(String.class)
            .addParameter(anyEventClass, "type")
            .addJavadoc(
                "The message an event class is read for (the first, where several share it).\n\n"
                    + "@param type the class\n"
                    + "@return the spec's message name\n"
                    + "@throws IllegalArgumentException if no message is read as {@code type}\n")
            .addStatement("return SAMPLES.messageName(type)")
            .build());
    type.addMethod(
        publicStatic("samples")
            .returns(EVENT_SAMPLES)
            .addJavadoc(
                "The runtime's samples of this API, for what the methods above do not"
                    + " cover.\n\n@return the samples\n")
            .addStatement("return SAMPLES")
            .build());
    return type.build();
  }

  private String typeDoc() {
    return "Random sample events of "
        + Javadocs.escape(names.api().title() + " " + names.api().version())
        + " for tests: valid events of every message, made from the spec's own facets (enums,"
        + " consts, patterns, formats, bounds, required and optional fields) and read by {@link "
        + names.json().simpleName()
        + "}'s mapper, and variants that break one rule each, as raw JSON labelled with the"
        + " rule. The same seed gives the same samples. Patterns are sampled with RgxGen"
        + " ({@code com.github.curious-odd-man:rgxgen}), which tests need on their class path.";
  }

  private MethodSpec classes() {
    TypeName classMap =
        ParameterizedTypeName.get(
            ClassName.get(Map.class),
            ClassName.get(String.class),
            ParameterizedTypeName.get(
                ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class)));
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("classes")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(classMap)
            .addStatement("$T classes = new $T<>()", classMap, LinkedHashMap.class);
    for (Message message : names.api().messages()) {
      method.addStatement("classes.put($S, $T.class)", message.name(), names.messageClass(message));
    }
    boolean deprecated =
        names.api().messages().stream().anyMatch(Message::deprecated)
            || names.api().types().stream().anyMatch(NamedType::deprecated);
    if (deprecated) {
      // naming a deprecated class must not warn under -Werror; users of it still get the warning
      method.addAnnotation(
          AnnotationSpec.builder(SuppressWarnings.class)
              .addMember("value", "$S", "deprecation")
              .build());
    }
    return method.addStatement("return classes").build();
  }

  private static MethodSpec.Builder publicStatic(String name) {
    return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.STATIC);
  }
}
