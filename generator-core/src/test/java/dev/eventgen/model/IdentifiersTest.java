package dev.eventgen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Type names from spec names, springwolf's qualified class names included. */
class IdentifiersTest {

  @ParameterizedTest
  @CsvSource({
    "call.started, CallStarted",
    "CallStarted, CallStarted",
    "call-info, CallInfo",
    "Foo.Bar, FooBar",
    "io.github.springwolf.examples.amqp.dtos.ExamplePayloadDto, ExamplePayloadDto",
    "io.github.springwolf.examples.amqp.dtos.GenericPayloadDtoJava.lang.Long,"
        + " GenericPayloadDtoLong",
    "io.github.springwolf.examples.amqp.dtos.GenericPayloadDtoIo.github.springwolf.examples.amqp"
        + ".dtos.ExamplePayloadDto, GenericPayloadDtoExamplePayloadDto",
    "com.acme.Outer.Inner, OuterInner",
    "v1.CallStarted, CallStarted"
  })
  void typeName(String raw, String expected) {
    assertEquals(expected, Identifiers.typeName(raw));
  }

  @Test
  void candidatesGainOnePackageSegmentAtATime() {
    assertEquals(
        List.of("OrderDto", "DtosOrderDto", "AcmeDtosOrderDto", "IoAcmeDtosOrderDto"),
        Identifiers.typeNameCandidates("io.acme.dtos.OrderDto"));
    assertEquals(List.of("CallStarted"), Identifiers.typeNameCandidates("call.started"));
  }
}
