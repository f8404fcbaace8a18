package dev.eventgen.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventgen.SpecLoader;
import dev.eventgen.diagnostic.Diagnostics;
import dev.eventgen.model.Api;
import dev.eventgen.model.JmsDestination;
import dev.eventgen.model.ObjectType;
import dev.eventgen.model.Scalar;
import dev.eventgen.model.TypeRef;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RefResolverTest {

  private static final Path ROOT = Path.of("src/test/resources/refs/api/asyncapi.yaml");

  private final Diagnostics diagnostics = new Diagnostics();

  private ResolvedSpec resolve() {
    SourceFile root = new SpecReader(diagnostics).read(ROOT, ROOT);
    ResolvedSpec spec = new RefResolver(diagnostics).resolve(root);
    assertFalse(diagnostics.hasErrors(), diagnostics.all().toString());
    return spec;
  }

  @Test
  void followsRelativeRefsAcrossFoldersAndNestedRefsRelativeToTheirOwnFile() {
    ResolvedSpec spec = resolve();
    JsonNode user = spec.tree().at("/channels/users/messages/UserSignedUp/payload");
    assertEquals("uuid", user.at("/properties/id/format").asText());
    assertEquals("string", user.at("/properties/address/properties/street/type").asText());
    assertEquals(
        Set.of(
            ROOT.toAbsolutePath().normalize(),
            Path.of("src/test/resources/refs/common/messages.yaml").toAbsolutePath().normalize(),
            Path.of("src/test/resources/refs/common/schemas.yaml").toAbsolutePath().normalize()),
        spec.files());
  }

  @Test
  void aNodeFromAnotherFileKeepsItsOwnPosition() {
    ResolvedSpec spec = resolve();
    JsonNode user = spec.tree().at("/channels/users/messages/UserSignedUp/payload");
    assertEquals(
        "src/test/resources/refs/common/schemas.yaml:4:7",
        spec.origins().locate(user).render().replace('\\', '/'));
    assertEquals(
        "src/test/resources/refs/common/schemas.yaml:10:9",
        spec.origins().locateKey(user.get("properties"), "address").render().replace('\\', '/'));
  }

  @Test
  void aSchemaRecursiveThroughItsPropertiesStaysARefToItself() {
    ResolvedSpec spec = resolve();
    JsonNode user = spec.tree().at("/channels/users/messages/UserSignedUp/payload");
    JsonNode manager = user.at("/properties/manager");
    assertTrue(manager.has("$ref"));
    assertSame(user, spec.origins().backRefTarget(manager));
  }

  @Test
  void pointerEscapesAndPercentEncodingAreDecoded() {
    JsonNode team = resolve().tree().at("/components/messages/TeamCreated/payload/properties");
    assertEquals(10, team.at("/name/maxLength").asInt());
    assertEquals("^[a-z]+$", team.at("/tag/pattern").asText());
  }

  @Test
  void theModelNamesComponentsAndRefersToRecursiveTypesByName() {
    Api api = SpecLoader.load(ROOT).api();
    ObjectType user = (ObjectType) api.type("UserSignedUp").orElseThrow();
    assertEquals(new TypeRef("UserSignedUp"), user.property("manager").orElseThrow().type());
    assertEquals(new TypeRef("Address"), user.property("address").orElseThrow().type());
    assertEquals(
        new JmsDestination("users.signed-up", JmsDestination.Kind.FIFO_QUEUE),
        api.channels().get(0).jms()); // reusable bindings from components.channelBindings
    ObjectType team = (ObjectType) api.type("TeamCreated").orElseThrow();
    Scalar name = (Scalar) team.property("name").orElseThrow().type();
    assertEquals(10, name.constraints().maxLength());
  }
}
