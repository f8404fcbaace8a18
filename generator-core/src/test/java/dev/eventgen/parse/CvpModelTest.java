package dev.eventgen.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventgen.model.Api;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CvpModelTest {

  static final Path CVP = Path.of("../spec/cvp-call-events.yaml");

  @Test
  void loadsCvp() {
    LoadedSpec spec = SpecLoader.load(CVP);
    Api api = spec.api();
    System.out.println(spec.warnings());
    System.out.println(api.types().stream().map(t -> t.name()).toList());
    api.types().forEach(System.out::println);
    api.messages().forEach(System.out::println);
    api.channels().forEach(System.out::println);
    api.servers().forEach(System.out::println);
    api.operations().forEach(System.out::println);
    assertEquals(10, api.messages().size());
  }
}
