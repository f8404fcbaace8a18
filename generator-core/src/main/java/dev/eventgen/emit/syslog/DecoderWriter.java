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
            .addMethod(decode())
            .addMethod(messageName())
            .addMethod(unknown())
            .addMethod(problem())
            .addMethod(read());
    if (discriminated()) {
      type.addMethod(otherMessage());
    }
    for (ObjectType object : mapping.objects()) {
      type.addMethod(readers.read(object));
    }
    return type.build();
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
            "$T fields = new $T($T.params(message, SD_ID))",
            types.fields(),
            types.fields(),
            types.fields())
        .addCode(discriminated() ? otherMessageCheck() : CodeBlock.of(""))
        .beginControlFlow("try")
        .addStatement("return new $T(name, read(name, fields), null)", result())
        .nextControlFlow("catch ($T e)", types.fieldException())
        .addStatement("return new $T(name, null, problem(e))", result())
        .endControlFlow()
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
        .addStatement(
            "String text = message.msgId() == null$W? $S$W: $S + message.msgId() + $S",
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
