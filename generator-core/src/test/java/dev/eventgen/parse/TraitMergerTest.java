package dev.eventgen.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventgen.SpecLoader;
import dev.eventgen.model.Api;
import dev.eventgen.model.Message;
import dev.eventgen.model.ObjectType;
import dev.eventgen.model.Property;
import dev.eventgen.model.TypeRef;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Message traits: applied in order, the message's own fields win, objects merge per field. */
class TraitMergerTest {

  private final Api api =
      SpecLoader.load(Path.of("src/test/resources/traits/traits-2.6.yaml")).api();
  private final Message message = api.message("CallStarted").orElseThrow();

  @Test
  void theMessagesOwnScalarsWin() {
    assertEquals("application/json", message.contentType());
  }

  @Test
  void objectsOnBothSidesMergeFieldByField() {
    ObjectType headers = (ObjectType) api.resolve((TypeRef) message.headers());
    assertEquals(
        List.of("traceId", "tenant"),
        headers.properties().stream().map(Property::wireName).toList());
  }

  @Test
  void whatOnlyTheTraitHasIsTaken() {
    ObjectType jms = (ObjectType) api.resolve((TypeRef) message.jmsHeaders());
    assertEquals(List.of("JMSType"), jms.properties().stream().map(Property::wireName).toList());
  }

  @Test
  void operationTraitsApplyToo() {
    assertEquals("Sends call started events", api.operations().get(0).summary());
  }
}
