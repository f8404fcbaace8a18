package dev.eventgen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventgen.diagnostic.Diagnostic;
import dev.eventgen.diagnostic.Location;
import dev.eventgen.diagnostic.SpecException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecFailuresTest {

  @Test
  void theFailureListsEveryProblemAsTheCliPrintsIt() {
    Location at = new Location(Path.of("api.yaml"), 12, 7, "/components/messages/A");
    SpecException problems =
        new SpecException(
            List.of(
                Diagnostic.error("E012", at, "unknown key 'paylod'"),
                Diagnostic.warning("W001", at, "message has no payload"),
                Diagnostic.error("E020", at, "unresolved $ref")));
    assertEquals(
        """
        spec problems:
        api.yaml:12:7: error[E012]: unknown key 'paylod'
        api.yaml:12:7: warning[W001]: message has no payload
        api.yaml:12:7: error[E020]: unresolved $ref
        2 errors""",
        SpecFailures.of(problems).getMessage());
  }
}
