package dev.eventgen.emit.syslog;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code SyslogNames}: the SD names known when the code was generated, in a table the
 * cursor looks read names up in. A known name comes back as one shared constant, so reading it
 * copies nothing and the decoder's lookups find it by its cached hash and by identity.
 */
final class NamesWriter {

  private final SyslogTypes types;
  private final List<String> known;

  NamesWriter(SyslogTypes types, List<String> known) {
    this.types = types;
    this.known = known;
  }

  TypeSpec write() {
    return TypeSpec.classBuilder(types.sdNames())
        .addModifiers(Modifier.FINAL)
        .addJavadoc(
            "The SD-IDs and PARAM-NAMEs this API's lines carry, as shared strings. A table by"
                + " hash, filled once: open addressing, at most half full, so a lookup compares"
                + " one entry or two.\n")
        .addField(knownField())
        .addField(table("TABLE", String[].class, "new String[$L]"))
        .addField(table("BYTES", byte[][].class, "new byte[$L][]"))
        .addField(table("HASHES", int[].class, "new int[$L]"))
        .addStaticBlock(fill())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(lookup())
        .addMethod(slot())
        .addMethod(spread())
        .build();
  }

  private int size() {
    return Math.max(16, Integer.highestOneBit(known.size() * 2) * 2);
  }

  private FieldSpec knownField() {
    CodeBlock.Builder names = CodeBlock.builder().add("{$>");
    for (int i = 0; i < known.size(); i++) {
      names.add(i == 0 ? "\n$S" : ",\n$S", known.get(i));
    }
    return FieldSpec.builder(String[].class, "KNOWN", Modifier.PRIVATE, Modifier.STATIC)
        .addModifiers(Modifier.FINAL)
        .initializer(names.add("$<\n}").build())
        .build();
  }

  private FieldSpec table(String name, Class<?> type, String initializer) {
    return FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(initializer, size())
        .build();
  }

  private static CodeBlock fill() {
    return CodeBlock.builder()
        .beginControlFlow("for (String name : KNOWN)")
        .addStatement("int hash = name.hashCode()")
        .addStatement("int slot = slot(hash)")
        .beginControlFlow("while (TABLE[slot] != null)")
        .addStatement("slot = (slot + 1) & (TABLE.length - 1)")
        .endControlFlow()
        .addStatement("TABLE[slot] = name")
        .addStatement("BYTES[slot] = name.getBytes($T.ISO_8859_1)", StandardCharsets.class)
        .addStatement("HASHES[slot] = hash")
        .endControlFlow()
        .build();
  }

  private static MethodSpec lookup() {
    return MethodSpec.methodBuilder("of")
        .addModifiers(Modifier.STATIC)
        .addJavadoc(
            "The name in {@code buf[from, to)}, printable US-ASCII whose {@code String} hash is"
                + " {@code hash}: the shared constant if it is known, else a new string.\n")
        .returns(String.class)
        .addParameter(byte[].class, "buf")
        .addParameter(int.class, "from")
        .addParameter(int.class, "to")
        .addParameter(int.class, "hash")
        .beginControlFlow(
            "for (int slot = slot(hash); TABLE[slot] != null; slot = (slot + 1) & (TABLE.length"
                + " - 1))")
        .beginControlFlow(
            "if (HASHES[slot] == hash && $T.equals(BYTES[slot], 0, BYTES[slot].length, buf, from,"
                + " to))",
            Arrays.class)
        .addStatement("return TABLE[slot]")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return new String(buf, from, to - from, $T.ISO_8859_1)", StandardCharsets.class)
        .build();
  }

  private static MethodSpec slot() {
    return MethodSpec.methodBuilder("slot")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(int.class)
        .addParameter(int.class, "hash")
        .addStatement("return spread(hash) & (TABLE.length - 1)")
        .build();
  }

  /** {@code spread(hash)}: the hash mixing every table of names by hash uses. */
  private static MethodSpec spread() {
    return MethodSpec.methodBuilder("spread")
        .addModifiers(Modifier.STATIC)
        .addJavadoc("A name's hash mixed for a power-of-two table, whose slot is its low bits.\n")
        .returns(int.class)
        .addParameter(int.class, "hash")
        .addComment("Mix the high bits in: names that differ only in their last bytes differ little.")
        .addStatement("return hash ^ hash >>> 16 ^ hash >>> 7")
        .build();
  }
}
