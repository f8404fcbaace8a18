package dev.eventgen.emit.records;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeSpec;
import dev.eventgen.emit.JavaNames;
import dev.eventgen.emit.Javadocs;
import dev.eventgen.model.UnionType;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * A sealed interface per {@code oneOf}/{@code anyOf}, permitting its variant records. With a
 * discriminator, Jackson picks the variant by that property's value (which stays visible to the
 * variant, as its own component); without one, by the properties present ({@code DEDUCTION}).
 */
final class UnionWriter {

  private final JavaNames names;
  private final TypeMapper types;

  UnionWriter(JavaNames names, TypeMapper types) {
    this.names = names;
    this.types = types;
  }

  TypeSpec.Builder write(UnionType type) {
    List<ClassName> variants = type.variants().stream().map(names::type).toList();
    boolean keyed = hasDiscriminator(type);
    TypeSpec.Builder spec =
        TypeSpec.interfaceBuilder(names.type(type.name()))
            .addModifiers(Modifier.PUBLIC, Modifier.SEALED)
            .addJavadoc("$L", javadoc(type, variants, keyed))
            .addPermittedSubclasses(variants)
            .addAnnotation(keyed ? byName(type) : byDeduction())
            .addAnnotation(subTypes(type, variants, keyed));
    Deprecation.mark(
        spec, type.deprecated(), type.variants().stream().anyMatch(types::mentionsDeprecated));
    return spec;
  }

  private static boolean hasDiscriminator(UnionType type) {
    return type.discriminator() != null && type.variantValues().size() == type.variants().size();
  }

  private static AnnotationSpec byName(UnionType type) {
    return AnnotationSpec.builder(Jackson.JSON_TYPE_INFO)
        .addMember("use", "$T.NAME", Jackson.JSON_TYPE_INFO_ID)
        .addMember("include", "$T.EXISTING_PROPERTY", Jackson.JSON_TYPE_INFO_AS)
        .addMember("property", "$S", type.discriminator())
        .addMember("visible", "true")
        .build();
  }

  private static AnnotationSpec byDeduction() {
    return AnnotationSpec.builder(Jackson.JSON_TYPE_INFO)
        .addMember("use", "$T.DEDUCTION", Jackson.JSON_TYPE_INFO_ID)
        .build();
  }

  private static AnnotationSpec subTypes(UnionType type, List<ClassName> variants, boolean keyed) {
    AnnotationSpec.Builder subTypes = AnnotationSpec.builder(Jackson.JSON_SUB_TYPES);
    for (int i = 0; i < variants.size(); i++) {
      AnnotationSpec.Builder variant =
          AnnotationSpec.builder(Jackson.JSON_SUB_TYPES_TYPE)
              .addMember("value", "$T.class", variants.get(i));
      if (keyed) {
        variant.addMember("name", "$S", type.variantValues().get(i));
      }
      subTypes.addMember("value", "$L", variant.build());
    }
    return subTypes.build();
  }

  private static CodeBlock javadoc(UnionType type, List<ClassName> variants, boolean keyed) {
    CodeBlock.Builder doc = CodeBlock.builder();
    String summary = Javadocs.wrap(Javadocs.sentence(type.doc()), "");
    doc.add(
        "$L\n\n",
        summary.isEmpty() ? "One of several {@code " + type.name() + "} shapes." : summary);
    doc.add(
        "<p>$L\n<ul>\n",
        keyed
            ? "The variant is chosen by the JSON property "
                + Javadocs.code(type.discriminator())
                + ":"
            : "The variant is deduced from the JSON properties present:");
    for (int i = 0; i < variants.size(); i++) {
      String key = keyed ? " (" + Javadocs.code(type.variantValues().get(i)) + ")" : "";
      doc.add("  <li>{@link $T}$L\n", variants.get(i), key);
    }
    doc.add("</ul>\n");
    if (type.deprecated()) {
      doc.add("\n@deprecated the spec marks this schema as deprecated\n");
    }
    return doc.build();
  }
}
