package dev.eventgen.emit.records;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.eventgen.emit.Emitter;
import dev.eventgen.emit.JavaNames;
import dev.eventgen.model.Api;
import dev.eventgen.model.EnumType;
import dev.eventgen.model.Message;
import dev.eventgen.model.NamedType;
import dev.eventgen.model.ObjectType;
import dev.eventgen.model.UnionType;
import java.util.ArrayList;
import java.util.List;

/**
 * The records target: the {@code model} package. A record per object schema, an enum per
 * enumeration, a sealed interface per union, a wrapper record per message whose payload is not an
 * object, the sealed event interface over all message classes, the API descriptor, the JSON holder
 * and, when some pattern is simple, the shared pattern checks. Files come out in model order, so
 * the same model always gives the same bytes.
 */
public final class RecordsEmitter implements Emitter {

  @Override
  public List<JavaFile> emit(Api api, JavaNames names) {
    List<String> generated = generatedNames(api, names);
    PatternMethods patterns = new PatternMethods(names.patterns());
    List<TypeSpec.Builder> specs = new ArrayList<>(namedTypes(api, names, generated, patterns));
    WrapperWriter wrappers = new WrapperWriter(names, new TypeMapper(names), patterns);
    for (Message message : api.messages()) {
      if (names.isWrapped(message)) {
        specs.add(wrappers.write(message));
      }
    }
    specs.add(new EventInterfaceWriter(names, new TypeMapper(names)).write());
    specs.add(new ApiDescriptorWriter(names).write());
    specs.add(new JsonWriter(names).write());
    patterns.write().ifPresent(specs::add);
    String[] shadowed = Shadowing.qualifiedNames(generated);
    return specs.stream()
        .map(spec -> names.file(names.modelPackage(), spec.alwaysQualify(shadowed).build()))
        .toList();
  }

  private static List<TypeSpec.Builder> namedTypes(
      Api api, JavaNames names, List<String> generated, PatternMethods patterns) {
    TypeMapper types = new TypeMapper(names);
    Supertypes supertypes = new Supertypes(names);
    RecordWriter records =
        new RecordWriter(names, types, Shadowing.builderClassName(generated), patterns);
    EnumWriter enums = new EnumWriter(names);
    UnionWriter unions = new UnionWriter(names, types);
    List<TypeSpec.Builder> specs = new ArrayList<>();
    for (NamedType type : api.types()) {
      if (type instanceof ObjectType object) {
        specs.add(records.write(object, supertypes.of(object)));
      } else if (type instanceof EnumType enumeration) {
        specs.add(enums.write(enumeration));
      } else {
        specs.add(unions.write((UnionType) type));
      }
    }
    return specs;
  }

  private static List<String> generatedNames(Api api, JavaNames names) {
    List<ClassName> classes = new ArrayList<>();
    api.types().forEach(type -> classes.add(names.type(type.name())));
    api.messages().forEach(message -> classes.add(names.messageClass(message)));
    classes.addAll(
        List.of(names.eventInterface(), names.apiDescriptor(), names.json(), names.patterns()));
    return classes.stream().map(ClassName::simpleName).distinct().toList();
  }
}
