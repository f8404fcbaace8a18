package dev.eventgen.emit.syslog;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
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
  private final FastReaders fast;

  DecoderWriter(SyslogTypes types, SyslogMapping mapping) {
    this.types = types;
    this.mapping = mapping;
    FieldKinds kinds = new FieldKinds(types);
    this.readers = new FieldReaders(types, kinds);
    this.fast = new FastReaders(types, kinds, SdNames.of(mapping, kinds));
  }

  TypeSpec write() {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(types.decoder())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                Docs.of(
                    "Maps syslog messages to the events of the API. The message is named by its"
                        + " Cisco mnemonic or, failing that, its MSGID; its fields are the params"
                        + " of the SD element {@link #SD_ID} (or, for Cisco lines, the {@code"
                        + " [k=v]} params), one param per scalar field, nested fields flattened"
                        + " with {@code .}, a list repeating its param.\n\n"
                        + "<p>Decoding never throws for input: a value that does not convert, a"
                        + " missing required field or a value the record rejects is a {@link $T}"
                        + " naming the field and, where there is one, the byte offset of its value."
                        + " Params the API does not know are ignored. A line whose discriminating"
                        + " param names another message than its MSGID or mnemonic is unknown.\n",
                    types.names().problem()))
            .addField(sdId())
            .addField(sdNames())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addType(new DecoderResultWriter(types).write())
            .addField(fastMessages())
            .addMethod(decode())
            .addMethod(decodeLine())
            .addMethod(decodeFields())
            .addMethod(messageName())
            .addMethod(messageNameOfMsgId())
            .addMethod(unknown())
            .addMethod(unknownMsgId())
            .addMethod(problem())
            .addMethod(read())
            .addMethod(readLine());
    if (discriminated()) {
      type.addMethod(otherMessage());
      type.addMethod(otherMessageOfLine());
    }
    for (ObjectType object : mapping.objects()) {
      type.addMethod(readers.read(object));
    }
    type.addMethods(fast.methods());
    type.addFields(fast.constants());
    return type.build();
  }

  /**
   * {@code decode(SyslogSdLine)}: the zero-copy path. An RFC 5424 line whose params all have known
   * names is read by the fast readers; one with other names (map keys, list indexes, unknown
   * params) by the readers by name over its params; any other format as before.
   */
  private MethodSpec decodeLine() {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("decode")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addJavadoc(
                Docs.of(
                    "The event a line read by {@link $T#parse(byte[], int, int, $T)} carries, or"
                        + " the problem that prevents reading it; the same as decoding the"
                        + " line's {@link $T}.\n",
                    types.parser(),
                    types.sdLine(),
                    types.message()))
            .returns(result())
            .addParameter(types.sdLine(), "line")
            .beginControlFlow("if (line.other() != null)")
            .addStatement("return decode(line.other())")
            .endControlFlow()
            .addStatement("String name = messageNameOfMsgId(line.msgId())")
            .beginControlFlow("if (name == null)")
            .addStatement("return new $T(null, null, unknownMsgId(line.msgId()))", result())
            .endControlFlow()
            .beginControlFlow("if (line.hasUnknownNames() || !FAST_MESSAGES.contains(name))")
            .addStatement("return decode(name, new $T(line.params()))", types.fields())
            .endControlFlow();
    if (discriminated()) {
      method
          .addStatement("$T other = otherMessage(name, line)", types.names().problem())
          .beginControlFlow("if (other != null)")
          .addStatement("return new $T(null, null, other)", result())
          .endControlFlow();
    }
    return method
        .beginControlFlow("try")
        .addStatement("return new $T(name, read(name, line), null)", result())
        .nextControlFlow("catch ($T e)", types.fieldException())
        .addStatement("return new $T(name, null, problem(e))", result())
        .endControlFlow()
        .build();
  }

  /** True if the message is read by the fast readers: it and its discriminator have fixed names. */
  private boolean fast(Message message) {
    return fast.fast(mapping.payload(message))
        && (message.discriminatorProperty() == null || fast.known(message.discriminatorProperty()));
  }

  private MethodSpec readLine() {
    CodeBlock.Builder cases = CodeBlock.builder().add("return switch (name) {\n$>");
    for (Message message : mapping.messages()) {
      if (fast(message)) {
        cases.add(
            "case $S -> $L(line.fields());\n",
            message.name(),
            fast.reader(mapping.payload(message)));
      }
    }
    cases.add("default -> throw new $T(name);\n$<};\n", IllegalStateException.class);
    return MethodSpec.methodBuilder("read")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(types.names().eventInterface())
        .addParameter(String.class, "name")
        .addParameter(types.sdLine(), "line")
        .addCode(cases.build())
        .build();
  }

  /** {@link #otherMessage()} for a line read into ranges. */
  private MethodSpec otherMessageOfLine() {
    CodeBlock.Builder cases = CodeBlock.builder().add("return switch (name) {\n$>");
    for (Message message : mapping.messages()) {
      if (message.discriminatorProperty() == null) {
        continue;
      }
      if (fast(message)) {
        cases.add(
            "case $S ->$Wline.fields().otherMessage($L, $S, $S);\n",
            message.name(),
            fast.id(message.discriminatorProperty()),
            message.discriminatorProperty(),
            message.discriminatorValue());
      }
    }
    cases.add("default -> null;\n$<};\n");
    return MethodSpec.methodBuilder("otherMessage")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addJavadoc("The problem if the discriminating param names another message, else null.\n")
        .returns(types.names().problem())
        .addParameter(String.class, "name")
        .addParameter(types.sdLine(), "line")
        .addCode(cases.build())
        .build();
  }

  private FieldSpec sdId() {
    return FieldSpec.builder(
            String.class, "SD_ID", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The SD-ID whose params are an event's fields.\n")
        .initializer("$S", mapping.structuredDataId())
        .build();
  }

  /** The SD names the API's lines carry, so the parser returns them as shared strings. */
  private FieldSpec sdNames() {
    CodeBlock.Builder list = CodeBlock.builder();
    List<String> known = SdNames.of(mapping, new FieldKinds(types));
    for (int i = 0; i < known.size(); i++) {
      list.add(i == 0 ? "$S" : ",$W$S", known.get(i));
    }
    return FieldSpec.builder(
            types.sdNames(), "SD_NAMES", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc(
            Docs.of(
                "The SD-IDs and PARAM-NAMEs the API's lines carry, for {@link $T}: read once and"
                    + " shared.\n",
                types.parser()))
        .initializer("$T.of($L)", types.sdNames(), list.build())
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
        .addStatement(
            "return decode(name, new $T($T.params(message, SD_ID)))",
            types.fields(),
            types.fields())
        .build();
  }

  /** {@code decode(name, fields)}: the readers by name, for both entry points. */
  private MethodSpec decodeFields() {
    return MethodSpec.methodBuilder("decode")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(result())
        .addParameter(String.class, "name")
        .addParameter(types.fields(), "fields")
        .addCode(discriminated() ? otherMessageCheck() : CodeBlock.of(""))
        .beginControlFlow("try")
        .addStatement("return new $T(name, read(name, fields), null)", result())
        .nextControlFlow("catch ($T e)", types.fieldException())
        .addStatement("return new $T(name, null, problem(e))", result())
        .endControlFlow()
        .build();
  }

  /** The messages the fast readers read, by name. */
  private FieldSpec fastMessages() {
    CodeBlock.Builder list = CodeBlock.builder();
    for (Message message : mapping.messages()) {
      if (fast(message)) {
        list.add(list.isEmpty() ? "$S" : ",$W$S", message.name());
      }
    }
    return FieldSpec.builder(
            ParameterizedTypeName.get(Set.class, String.class),
            "FAST_MESSAGES",
            Modifier.PRIVATE,
            Modifier.STATIC,
            Modifier.FINAL)
        .addJavadoc("The messages whose every field has a fixed name: read by name ids.\n")
        .initializer("$T.of($L)", Set.class, list.build())
        .build();
  }

  private boolean discriminated() {
    return mapping.messages().stream().anyMatch(m -> m.discriminatorProperty() != null);
  }

  private CodeBlock otherMessageCheck() {
    return CodeBlock.builder()
        .addStatement("$T other = otherMessage(name, fields)", types.names().problem())
        .beginControlFlow("if (other != null)")
        .addStatement("return new $T(null, null, other)", result())
        .endControlFlow()
        .build();
  }

  /**
   * The problem of a line whose discriminating param names another message than its MSGID or
   * mnemonic does: unknown, as on JMS, not malformed.
   */
  private MethodSpec otherMessage() {
    CodeBlock.Builder cases = CodeBlock.builder().add("return switch (name) {\n$>");
    for (Message message : mapping.messages()) {
      if (message.discriminatorProperty() != null) {
        cases.add(
            "case $S ->$Wfields.otherMessage($S, $S);\n",
            message.name(),
            message.discriminatorProperty(),
            message.discriminatorValue());
      }
    }
    cases.add("default -> null;\n$<};\n");
    return MethodSpec.methodBuilder("otherMessage")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addJavadoc("The problem if the discriminating param names another message, else null.\n")
        .returns(types.names().problem())
        .addParameter(String.class, "name")
        .addParameter(types.fields(), "fields")
        .addCode(cases.build())
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
        .addStatement("return messageNameOfMsgId(message.msgId())")
        .build();
  }

  private MethodSpec messageNameOfMsgId() {
    return MethodSpec.methodBuilder("messageNameOfMsgId")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addJavadoc("The name of the API message a MSGID names, or null.\n")
        .returns(String.class)
        .addParameter(String.class, "msgId")
        .beginControlFlow("if (msgId == null)")
        .addStatement("return null")
        .endControlFlow()
        .addStatement("return $L", lookup("msgId", m -> m.syslog().msgId()))
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

  private MethodSpec problem() {
    return MethodSpec.methodBuilder("problem")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addJavadoc("The listener's report of a field that cannot be read.\n")
        .returns(types.names().problem())
        .addParameter(types.fieldException(), "e")
        .addStatement("return e.problem()")
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
            "return new $T($T.UNKNOWN_MESSAGE,$W$S + message.cisco().mnemonic() + $S,$W$S, -1)",
            problem,
            types.problemKind(),
            "no message of the API has the mnemonic '",
            "'",
            "MNEMONIC")
        .endControlFlow()
        .addStatement("return unknownMsgId(message.msgId())")
        .build();
  }

  private MethodSpec unknownMsgId() {
    ClassName problem = types.names().problem();
    return MethodSpec.methodBuilder("unknownMsgId")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(problem)
        .addParameter(String.class, "msgId")
        .addStatement(
            "String text = msgId == null$W? $S$W: $S + msgId + $S",
            "the message has no MSGID",
            "no message of the API has the MSGID '",
            "'")
        .addStatement(
            "return new $T($T.UNKNOWN_MESSAGE, text, $S, -1)",
            problem,
            types.problemKind(),
            "MSGID")
        .build();
  }

  private MethodSpec read() {
    CodeBlock.Builder cases = CodeBlock.builder().add("return switch (name) {\n$>");
    for (Message message : mapping.messages()) {
      cases.add(
          "case $S -> $L(fields, $S);\n",
          message.name(),
          FieldReaders.readName(mapping.payload(message)),
          "");
    }
    cases.add("default -> throw new $T(name);\n$<};\n", IllegalStateException.class);
    return MethodSpec.methodBuilder("read")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(types.names().eventInterface())
        .addParameter(String.class, "name")
        .addParameter(types.fields(), "fields")
        .addCode(cases.build())
        .build();
  }
}
