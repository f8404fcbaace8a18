package dev.eventgen.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventgen.RefMap;
import dev.eventgen.SpecLoader;
import dev.eventgen.diagnostic.Diagnostic;
import dev.eventgen.diagnostic.Diagnostics;
import dev.eventgen.model.Api;
import dev.eventgen.model.ObjectType;
import dev.eventgen.model.Scalar;
import dev.eventgen.model.TypeRef;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Remote refs read from the local folders their URL prefixes are mapped to. */
class MappedRefTest {

  private static final String DIR = "src/test/resources/refmap/";
  private static final Path ROOT = Path.of(DIR + "api/asyncapi.yaml");
  private static final String CALL =
      "https://schemas.example.com/calls/call.yaml#/components/schemas/CallStarted";

  /** The site, and its shared schemas under a longer prefix that lives elsewhere. */
  private static final RefMap MIRROR =
      new RefMap(
          Map.of(
              "https://schemas.example.com/", Path.of(DIR + "mirror"),
              "https://schemas.example.com/shared/", Path.of(DIR + "shared-v2")));

  private final Diagnostics diagnostics = new Diagnostics();

  private ResolvedSpec resolve(RefMap refMap) {
    SourceFile root = new SpecReader(diagnostics).read(ROOT, ROOT);
    return new RefResolver(diagnostics, refMap).resolve(root);
  }

  private static Path absolute(String path) {
    return Path.of(DIR + path).toAbsolutePath().normalize();
  }

  @Test
  void aMappedRefIsReadFromTheLocalFileAndItsRelativeAndRemoteRefsToo() {
    ResolvedSpec spec = resolve(MIRROR);
    assertFalse(diagnostics.hasErrors(), diagnostics.all().toString());
    JsonNode call = spec.tree().at("/components/messages/CallStarted/payload");
    assertEquals("uuid", call.at("/properties/callId/format").asText());
    assertEquals("string", call.at("/properties/caller/properties/number/type").asText());
    assertEquals(
        Set.of(
            ROOT.toAbsolutePath().normalize(),
            absolute("mirror/calls/call.yaml"),
            absolute("mirror/calls/parties.yaml"),
            absolute("shared-v2/tag.yaml")),
        spec.files());
  }

  @Test
  void theLongestMatchingPrefixWins() {
    JsonNode tag =
        resolve(MIRROR).tree().at("/components/messages/CallStarted/payload/properties/tag");
    assertEquals(20, tag.get("maxLength").asInt(), "shared-v2, not mirror/shared");
  }

  @Test
  void positionsNameTheLocalFile() {
    ResolvedSpec spec = resolve(MIRROR);
    JsonNode call = spec.tree().at("/components/messages/CallStarted/payload");
    assertEquals(
        DIR + "mirror/calls/call.yaml:5:7",
        spec.origins().locate(call).render().replace('\\', '/'));
  }

  @Test
  void theModelTakesItsTypesFromTheLocalFiles() {
    Api api = SpecLoader.load(ROOT, MIRROR).api();
    ObjectType call = (ObjectType) api.type("CallStarted").orElseThrow();
    assertEquals(new TypeRef("Caller"), call.property("caller").orElseThrow().type());
    assertTrue(api.type("Caller").isPresent());
    Scalar tag = (Scalar) call.property("tag").orElseThrow().type();
    assertEquals(20, tag.constraints().maxLength());
  }

  @Test
  void anUnmappedRemoteRefIsRefusedWithTheHint() {
    resolve(new RefMap(Map.of("https://other.example.com/", Path.of(DIR + "mirror"))));
    Diagnostic error = single();
    assertEquals("E009", error.code());
    assertEquals(
        DIR
            + "api/asyncapi.yaml:20:15: error[E009]: remote $ref '"
            + CALL
            + "' is not fetched: eventgen works offline; save the document locally and map its URL"
            + " prefix to that folder (--ref-map <prefix>=<folder>; Maven: <refMaps>), or refer"
            + " to it by a relative path",
        error.render().replace('\\', '/'));
  }

  @Test
  void aMappedRefToAMissingFileNamesTheUrlAndTheLocalPath() {
    resolve(new RefMap(Map.of("https://schemas.example.com/", Path.of(DIR + "nowhere"))));
    Diagnostic error = single();
    assertEquals("E008", error.code());
    assertEquals(
        "$ref '"
            + CALL
            + "' is mapped by 'https://schemas.example.com/' to a file that does not exist: "
            + Path.of(DIR + "nowhere/calls/call.yaml"),
        error.message());
  }

  private Diagnostic single() {
    List<Diagnostic> all = diagnostics.all();
    assertEquals(1, all.size(), all.toString());
    return all.get(0);
  }
}
