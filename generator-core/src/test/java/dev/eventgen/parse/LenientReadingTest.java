package dev.eventgen.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventgen.LoadedSpec;
import dev.eventgen.SpecLoader;
import dev.eventgen.diagnostic.Diagnostic;
import dev.eventgen.model.Message;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Documents people write break rules that cannot change the generated code: each such fault is a
 * positioned warning and the document still loads (src/test/resources/lenient).
 */
class LenientReadingTest {

  private static final String DIR = "src/test/resources/lenient/";

  @Test
  void messagesWithTheSameJavaNameAreQualifiedByTheirChannel() {
    LoadedSpec spec = SpecLoader.load(Path.of(DIR + "message-name-clash.yaml"));
    assertEquals(
        List.of("StartedAgainCallStarted", "call.started"),
        spec.api().messages().stream().map(Message::name).toList());
    assertEquals(List.of(), spec.warnings());
  }

  @Test
  void faultsThatCannotChangeTheCodeAreWarnings() {
    LoadedSpec spec = SpecLoader.load(Path.of(DIR + "loose-ends.yaml"));
    String file = DIR + "loose-ends.yaml";
    assertEquals(
        List.of(
            file
                + ":4:12: warning[W005]: 'version' in info must be a string, not the number 1;"
                + " read as '1'",
            file
                + ":10:9: warning[W006]: server 'production' names the security scheme"
                + " 'apiKey', which components.securitySchemes does not define",
            file
                + ":17:7: warning[W007]: parameter 'unused' of channel"
                + " 'devices/{deviceId}/readings' does not appear in its address"
                + " 'devices/{deviceId}/readings'",
            file
                + ":25:11: warning[W003]: unknown JSON Schema keyword 'id' in payload of message"
                + " of subscribe of channel 'devices/{deviceId}/readings' is ignored (did you mean"
                + " '$id'?)",
            file
                + ":32:15: warning[W003]: unknown JSON Schema keyword 'maximun' in property"
                + " 'celsius' of payload of message of subscribe of channel"
                + " 'devices/{deviceId}/readings' is ignored (did you mean 'maximum'?)",
            file
                + ":35:25: warning[W005]: 'required' in property 'site' of payload of message of"
                + " subscribe of channel 'devices/{deviceId}/readings' must be a list, not true;"
                + " ignored"),
        spec.warnings().stream().map(Diagnostic::render).toList());
    assertEquals(1, spec.api().messages().size());
  }

  @Test
  void version31IsReadWithThe30Layout() {
    String file = DIR + "v31-loose.yaml";
    LoadedSpec spec = SpecLoader.load(Path.of(file));
    assertEquals(List.of("Reading"), spec.api().messages().stream().map(Message::name).toList());
    assertEquals(
        List.of(
            file
                + ":10:9: warning[W006]: server 'broker' lists a security scheme without a"
                + " 'type': AsyncAPI 3.0 lists security scheme objects or $refs to them"
                + " ('- name: []' is the 2.x form)",
            file
                + ":16:22: warning[W010]: message 'Reading' has content type"
                + " 'application/msgpack', but the generated code reads and writes JSON: decode"
                + " such payloads yourself"),
        spec.warnings().stream().map(Diagnostic::render).toList());
  }

  @Test
  void aDocumentWithoutChannelsOrWithABadIdIsWarnedAbout() {
    String file = DIR + "no-channels.yaml";
    LoadedSpec spec = SpecLoader.load(Path.of(file));
    assertEquals(
        List.of(
            file
                + ":1:1: warning[W009]: the document has no 'channels', which AsyncAPI 2.x"
                + " requires: nothing is generated for channels or messages",
            file + ":2:5: warning[W009]: 'id' must be a URI, not 'uri:${projectId}'"),
        spec.warnings().stream().map(Diagnostic::render).toList());
  }
}
