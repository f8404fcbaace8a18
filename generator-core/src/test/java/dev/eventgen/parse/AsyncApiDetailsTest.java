package dev.eventgen.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.eventgen.Generator;
import dev.eventgen.SpecLoader;
import dev.eventgen.Target;
import dev.eventgen.model.Api;
import dev.eventgen.model.Channel;
import dev.eventgen.model.ChannelParameter;
import dev.eventgen.model.JmsDestination;
import dev.eventgen.model.Message;
import dev.eventgen.model.Operation;
import dev.eventgen.model.Scalar;
import dev.eventgen.model.TypeRef;
import dev.eventgen.testing.CompiledSources;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * AsyncAPI details seen in real documents, in a 2.6 and a 3.0 rendition
 * (src/test/resources/shapes/details-*.yaml): message-level oneOf, a message without payload, a
 * channel without messages, address parameters, message and operation traits, correlation ids, JMS
 * and other bindings, and (3.0) a reply.
 */
class AsyncApiDetailsTest {

  @TempDir Path workDir;

  private static Api load(String version) {
    return SpecLoader.load(Path.of("src/test/resources/shapes/details-" + version + ".yaml")).api();
  }

  private static Channel channel(Api api, String address) {
    return api.channels().stream()
        .filter(c -> address.equals(c.address()))
        .findFirst()
        .orElseThrow();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.6", "3.0"})
  void channelsKeepParametersAndBindings(String version) {
    Api api = load(version);
    Channel orders = channel(api, "orders/{region}");
    assertEquals(List.of("OrderCancelled", "OrderPlaced"), orders.messageNames());
    ChannelParameter region = orders.parameters().get(0);
    assertEquals("region", region.name());
    assertEquals("Sales region.", region.description());
    assertEquals(List.of("emea", "apac"), region.values());
    assertEquals("emea", region.defaultValue());
    assertEquals(new JmsDestination("orders.region", JmsDestination.Kind.QUEUE), orders.jms());
    String other = version.equals("2.6") ? "kafka" : "amqp";
    assertEquals(Set.of("jms", other), orders.bindings().keySet());
    assertEquals(
        "{\"destination\":\"orders.region\",\"destinationType\":\"queue\"}",
        orders.bindings().get("jms"));
    assertEquals(List.of(), channel(api, "empty").messageNames());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.6", "3.0"})
  void messagesTakeTheirTraitsAndCorrelationIds(String version) {
    Api api = load(version);
    Message placed = api.message("OrderPlaced").orElseThrow();
    assertEquals("application/json", placed.contentType());
    assertEquals("$message.payload#/orderId", placed.correlationIdLocation());
    assertEquals(new TypeRef("CommonHeaders"), placed.headers()); // named after its trait
    assertEquals("placed", placed.discriminatorValue());
    Message cancelled = api.message("OrderCancelled").orElseThrow();
    assertEquals(placed.headers(), cancelled.headers());
    assertEquals("cancelled", cancelled.discriminatorValue());
    assertEquals(Scalar.of(Scalar.Kind.ANY), api.message("Ping").orElseThrow().payload());
    Operation send =
        api.operations().stream()
            .filter(o -> o.action() == Operation.Action.SEND)
            .findFirst()
            .orElseThrow();
    assertEquals("Tagged operation.", send.summary());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.6", "3.0"})
  void everyTargetCompiles(String version) {
    Api api = load(version);
    CompiledSources.compile(
        workDir, Generator.emit(api, Set.of(Target.RECORDS, Target.JMS), "com.acme.d", "D"));
  }

  @Test
  void twoSixMessageOneOfListsEveryMessage() {
    Operation send =
        load("2.6").operations().stream()
            .filter(o -> o.name().equals("sendOrder"))
            .findFirst()
            .orElseThrow();
    assertEquals(List.of("OrderCancelled", "OrderPlaced"), send.messageNames());
    assertNull(send.reply());
  }

  @Test
  void threeZeroKeepsParameterExamplesAndTheReply() {
    Api api = load("3.0");
    assertEquals(List.of("emea"), channel(api, "orders/{region}").parameters().get(0).examples());
    Operation place = api.operations().get(0);
    assertEquals(new Operation.Reply("replies", null, List.of("OrderAck")), place.reply());
  }

  @Test
  void threeZeroWithoutOperationsLoads() {
    Api api = SpecLoader.load(Path.of("src/test/resources/shapes/nooperations-3.0.yaml")).api();
    assertEquals(List.of(), api.operations());
    assertEquals(List.of("lonely"), api.channels().stream().map(Channel::name).toList());
    CompiledSources.compile(workDir, Generator.emit(api, Set.of(), "com.acme.d", "D"));
  }
}
