package dev.eventgen.emit.syslog;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/** Small builder for public records whose components are documented with {@code @param}. */
final class Records {

  private final String name;
  private final String doc;
  private final List<ParameterSpec> components = new ArrayList<>();
  private final List<String> componentDocs = new ArrayList<>();
  private CodeBlock compactBody;

  Records(String name, String doc) {
    this.name = name;
    this.doc = doc;
  }

  Records component(TypeName type, String componentName, String componentDoc) {
    components.add(ParameterSpec.builder(type, componentName).build());
    componentDocs.add(componentDoc);
    return this;
  }

  /** Statements of the compact constructor (null checks, defensive copies). */
  Records compact(CodeBlock body) {
    this.compactBody = body;
    return this;
  }

  /** The record, public unless other modifiers are given. */
  TypeSpec.Builder builder(Modifier... modifiers) {
    CodeBlock.Builder javadoc = CodeBlock.builder().add(doc).add("\n\n");
    for (int i = 0; i < components.size(); i++) {
      javadoc.add("@param $L $L\n", components.get(i).name(), componentDocs.get(i));
    }
    TypeSpec.Builder type =
        TypeSpec.recordBuilder(name)
            .addModifiers(modifiers.length == 0 ? new Modifier[] {Modifier.PUBLIC} : modifiers)
            .addJavadoc(javadoc.build())
            .recordConstructor(MethodSpec.constructorBuilder().addParameters(components).build());
    if (compactBody != null) {
      type.addMethod(
          MethodSpec.compactConstructorBuilder()
              .addModifiers(Modifier.PUBLIC)
              .addCode(compactBody)
              .build());
    }
    return type;
  }
}
