package dev.eventgen.emit.syslog;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.eventgen.model.Message;
import dev.eventgen.model.ObjectType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/** Writes {@code <Api>SyslogDecoder}: a {@code SyslogMessage} to the typed event it carries. */
final class DecoderWriter {

  private final SyslogTypes types;
  private final SyslogMapping mapping;
  private final FieldReaders readers;

  DecoderWriter(SyslogTypes types, SyslogMapping mapping) {
    this.types = types;
    this.mapping = mapping;
    this.readers = new FieldReaders(types, new FieldKinds(types));
  }

  TypeSpec write() {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(types.decoder())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "Maps syslog messages to the events of the API. The message is named by its"
                    + " Cisco mnemonic or, failing that, its MSGID; its fields are the params of"
                    + " the SD element {@link #SD_ID} (or, for Cisco lines, the {@code [k=v]}"
                    + " params), one param per scalar field, nested fields flattened with {@code"
                    + " .}, a list repeating its param.\n\n"
                    + "<p>Decoding never throws for input: a value that does not convert, a"
                    + " missing required field or a value the record rejects is a {@link $T}"
                    + " naming the field and, where there is one, the byte offset of its value."
                    + " Params the API does not know are ignored.\n",
                types.names().problem())
            .addField(sdId())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addType(new DecoderResultWriter(types).write())
            .addMethod(decode())
            .addMethod(messageName())
            .addMethod(params())
            .addMethod(unknown())
            .addMethod(read());
    for (ObjectType object : mapping.objects()) {
      type.addMethods(readers.methods(object, mapping.inLists(object)));
    }
    return type.build();
  }

  private FieldSpec sdId() {
    return FieldSpec.builder(String.class, "SD_ID", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The SD-ID whose params are an event's fields.\n")
        .initializer("$S", mapping.structuredDataId())
        .build();
  }

  private ClassName result() {
    return types.decoder().nestedClass("Result");
  }

  private MethodSpec decode() {
    return MethodSpec.methodBuilder("decode")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("The event the message carries, or the problem that prevents reading it.\n")
        .returns(result())
        .addParameter(types.message(), "message")
        .addStatement("String name = messageName(message)")
        .beginControlFlow("if (name == null)")
        .addStatement("return new $T(null, null, unknown(message))", result())
        .endControlFlow()
        .beginControlFlow("try")
        .addStatement(
            "$T event = read(name, new $T(params(message)))",
            types.names().eventInterface(),
            types.fields())
        .addStatement("return new $T(name, event, null)", result())
        .nextControlFlow("catch ($T failure)", types.fieldFailure())
        .addStatement("return new $T(name, null, failure.problem())", result())
        .endControlFlow()
        .build();
  }

  private MethodSpec messageName() {
    return MethodSpec.methodBuilder("messageName")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc(
            "The name of the API message the syslog message names by its Cisco mnemonic or"
                + " MSGID, or null.\n")
        .returns(String.class)
        .addParameter(types.message(), "message")
        .beginControlFlow("if (message.cisco() != null)")
        .addStatement("return $L", lookup("message.cisco().mnemonic()", m -> m.syslog().mnemonic()))
        .endControlFlow()
        .beginControlFlow("if (message.msgId() == null)")
        .addStatement("return null")
        .endControlFlow()
        .addStatement("return $L", lookup("message.msgId()", m -> m.syslog().msgId()))
        .build();
  }

  private CodeBlock lookup(String key, Function<Message, String> name) {
    CodeBlock.Builder code = CodeBlock.builder().add("switch ($L) {\n$>", key);
    Set<String> seen = new HashSet<>();
    for (Message message : mapping.messages()) {
      String value = name.apply(message);
      if (value != null && seen.add(value)) {
        code.add("case $S -> $S;\n", value, message.name());
      }
    }
    return code.add("default -> null;\n$<}").build();
  }

  private MethodSpec params() {
    return MethodSpec.methodBuilder("params")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(MessageModelWriter.listOf(types.sdParam()))
        .addParameter(types.message(), "message")
        .beginControlFlow("if (message.cisco() != null)")
        .addStatement("return message.cisco().params()")
        .endControlFlow()
        .beginControlFlow("for ($T element : message.structuredData())", types.sdElement())
        .beginControlFlow("if (element.id().equals(SD_ID))")
        .addStatement("return element.params()")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return $T.of()", List.class)
        .build();
  }

  private MethodSpec unknown() {
    ClassName problem = types.names().problem();
    return MethodSpec.methodBuilder("unknown")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(problem)
        .addParameter(types.message(), "message")
        .beginControlFlow("if (message.cisco() != null)")
        .addStatement(
            "return new $T($T.UNKNOWN_MESSAGE, $S + message.cisco().mnemonic() + $S, $S, -1)",
            problem, types.problemKind(), "no message of the API has the mnemonic '", "'",
            "MNEMONIC")
        .endControlFlow()
        .addStatement(
            "return new $T($T.UNKNOWN_MESSAGE, message.msgId() == null ? $S : $S + message.msgId()"
                + " + $S, $S, -1)",
            problem, types.problemKind(), "the message has no MSGID",
            "no message of the API has the MSGID '", "'", "MSGID")
        .build();
  }

  private MethodSpec read() {
    CodeBlock.Builder cases = CodeBlock.builder().add("return switch (name) {\n$>");
    for (Message message : mapping.messages()) {
      cases.add("case $S -> $L(fields, $S);\n", message.name(),
          FieldReaders.readName(mapping.payload(message)), "");
    }
    cases.add("default -> throw new IllegalStateException(name);\n$<};\n");
    return MethodSpec.methodBuilder("read")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(types.names().eventInterface())
        .addParameter(String.class, "name")
        .addParameter(types.fields(), "fields")
        .addCode(cases.build())
        .build();
  }
}
