package dev.eventgen.diff;

import static dev.eventgen.diff.Models.api;
import static dev.eventgen.diff.Models.channel;
import static dev.eventgen.diff.Models.constant;
import static dev.eventgen.diff.Models.enumeration;
import static dev.eventgen.diff.Models.message;
import static dev.eventgen.diff.Models.object;
import static dev.eventgen.diff.Models.optional;
import static dev.eventgen.diff.Models.ref;
import static dev.eventgen.diff.Models.required;
import static dev.eventgen.diff.Models.string;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventgen.model.Api;
import dev.eventgen.model.Channel;
import dev.eventgen.model.ListType;
import dev.eventgen.model.Message;
import dev.eventgen.model.NamedType;
import dev.eventgen.model.ObjectType;
import dev.eventgen.model.Scalar;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecDiffTest {

  private static final List<Channel> CHANNELS =
      List.of(channel("started", "calls.started", "Started"));
  private static final List<Message> MESSAGES = List.of(message("Started", "Started"));

  private static final ObjectType STARTED =
      object(
          "Started",
          required("callGuid", string()),
          optional("ani", string(32)),
          optional("kind", ref("Kind")));
  private static final NamedType KIND = enumeration("Kind", "sip", "vru");

  @Test
  void identicalSpecsHaveNoChanges() {
    assertEquals(List.of(), diff(base(), base()));
  }

  @Test
  void aRemovedFieldIsBreaking() {
    ObjectType without =
        object("Started", required("callGuid", string()), optional("kind", ref("Kind")));
    assertEquals(
        List.of("BREAKING type 'Started': field 'ani' removed"),
        texts(base(), withStarted(without)));
  }

  @Test
  void anAddedOptionalFieldIsCompatibleAndARequiredOneBreaking() {
    ObjectType more =
        object(
            "Started",
            required("callGuid", string()),
            optional("ani", string(32)),
            optional("kind", ref("Kind")),
            optional("dnis", string()),
            required("leg", string()));
    assertEquals(
        List.of(
            "COMPATIBLE type 'Started': field 'dnis' added (optional)",
            "BREAKING type 'Started': field 'leg' added as required (messages without it are refused)"),
        texts(base(), withStarted(more)));
  }

  @Test
  void makingAFieldRequiredOrOptionalIsBreaking() {
    ObjectType flipped =
        object(
            "Started",
            optional("callGuid", string()),
            required("ani", string(32)),
            optional("kind", ref("Kind")));
    assertEquals(
        List.of(
            "BREAKING type 'Started' field 'callGuid': made optional (consumers may now get no value)",
            "BREAKING type 'Started' field 'ani': made required (messages without it are refused)"),
        texts(base(), withStarted(flipped)));
  }

  @Test
  void aChangedTypeIsBreaking() {
    ObjectType changed =
        object(
            "Started",
            required("callGuid", Scalar.of(Scalar.Kind.LONG)),
            optional("ani", ListType.of(string())),
            optional("kind", ref("Kind")));
    assertEquals(
        List.of(
            "BREAKING type 'Started' field 'callGuid': type changed from string to long",
            "BREAKING type 'Started' field 'ani': type changed from string to list of string"),
        texts(base(), withStarted(changed)));
  }

  @Test
  void narrowingAConstraintIsBreakingAndWideningCompatible() {
    assertEquals(
        List.of("BREAKING type 'Started' field 'ani': maxLength lowered from 32 to 16"),
        texts(base(), withStarted(startedWithAni(string(16)))));
    assertEquals(
        List.of("COMPATIBLE type 'Started' field 'ani': maxLength raised from 32 to 64"),
        texts(base(), withStarted(startedWithAni(string(64)))));
  }

  @Test
  void aChangedConstIsBreaking() {
    Api before = withStarted(startedWithAni(constant("v1")));
    assertEquals(
        List.of("BREAKING type 'Started' field 'ani': const changed from 'v1' to 'v2'"),
        texts(before, withStarted(startedWithAni(constant("v2")))));
  }

  @Test
  void enumValuesRemovedAreBreakingAndAddedCompatible() {
    Api after = api("1.0.0", CHANNELS, MESSAGES, STARTED, enumeration("Kind", "sip", "video"));
    assertEquals(
        List.of(
            "BREAKING type 'Kind': enum value 'vru' removed",
            "COMPATIBLE type 'Kind': enum value 'video' added"),
        texts(base(), after));
  }

  @Test
  void messagesAndChannelsRemovedAreBreakingAndAddedCompatible() {
    Api after =
        api(
            "1.0.0",
            List.of(channel("ended", "calls.ended", "Ended")),
            List.of(message("Ended", "Started")),
            STARTED,
            KIND);
    assertEquals(
        List.of(
            "BREAKING channel 'started': removed",
            "COMPATIBLE channel 'ended': added",
            "BREAKING message 'Started': removed",
            "COMPATIBLE message 'Ended': added"),
        texts(base(), after));
  }

  @Test
  void aRenamedJmsDestinationIsBreaking() {
    Api after =
        api(
            "1.0.0",
            List.of(channel("started", "calls.begun", "Started")),
            MESSAGES,
            STARTED,
            KIND);
    assertEquals(
        List.of(
            "BREAKING channel 'started' JMS destination: renamed from 'calls.started' to 'calls.begun'"),
        texts(base(), after));
  }

  @Test
  void aVersionBumpAndANewDescriptionAreCompatible() {
    ObjectType described =
        new ObjectType("Started", "When a call starts.", false, STARTED.properties(), null);
    assertEquals(
        List.of(
            "COMPATIBLE info: version changed from 1.0.0 to 1.1.0",
            "COMPATIBLE type 'Started': description changed"),
        texts(base(), api("1.1.0", CHANNELS, MESSAGES, described, KIND)));
  }

  @Test
  void aTypeSharedByTwoMessagesIsReportedOnce() {
    List<Message> two = List.of(message("Ended", "Started"), message("Started", "Started"));
    Api before = api("1.0.0", CHANNELS, two, STARTED, KIND);
    Api after = api("1.0.0", CHANNELS, two, startedWithAni(string(16)), KIND);
    assertEquals(1, diff(before, after).size());
  }

  @Test
  void aRecursiveTypeIsComparedWithoutLooping() {
    ObjectType node = object("Started", optional("parent", ref("Started")));
    ObjectType changed =
        object("Started", optional("parent", ref("Started")), optional("x", string()));
    assertEquals(
        List.of("COMPATIBLE type 'Started': field 'x' added (optional)"),
        texts(withStarted(node), withStarted(changed)));
  }

  private static ObjectType startedWithAni(Scalar ani) {
    return object(
        "Started",
        required("callGuid", string()),
        optional("ani", ani),
        optional("kind", ref("Kind")));
  }

  private static Api base() {
    return withStarted(STARTED);
  }

  private static Api withStarted(ObjectType started) {
    return api("1.0.0", CHANNELS, MESSAGES, started, KIND);
  }

  private static List<String> texts(Api before, Api after) {
    return diff(before, after).stream().map(c -> c.compatibility() + " " + c.text()).toList();
  }

  private static List<Change> diff(Api before, Api after) {
    return SpecDiff.compare(
        new SpecDiff.Version(before, Locator.fileOnly(Path.of("v1.yaml"))),
        new SpecDiff.Version(after, Locator.fileOnly(Path.of("v2.yaml"))));
  }
}
