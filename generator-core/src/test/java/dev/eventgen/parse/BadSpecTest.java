package dev.eventgen.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.eventgen.LoadedSpec;
import dev.eventgen.SpecLoader;
import dev.eventgen.diagnostic.Diagnostic;
import dev.eventgen.diagnostic.SpecException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each bad spec under {@code src/test/resources/bad} is refused with exactly these errors. */
class BadSpecTest {

  private static final String DIR = "src/test/resources/bad/";

  private static List<String> errors(String file) {
    SpecException refusal =
        assertThrows(SpecException.class, () -> SpecLoader.load(Path.of(DIR + file)));
    return refusal.diagnostics().stream()
        .filter(Diagnostic::isError)
        .map(Diagnostic::render)
        .toList();
  }

  private static void assertRefused(String file, String... expected) {
    assertEquals(List.of(expected), errors(file));
  }

  @Test
  void invalidYaml() {
    assertRefused(
        "invalid-yaml.yaml",
        DIR
            + "invalid-yaml.yaml:5:9: error[E002]: invalid YAML:"
            + " expected ',' or ']', but got : (while parsing a flow sequence at line 4)");
  }

  @Test
  void missingInternalRef() {
    assertRefused(
        "missing-internal-ref.yaml",
        DIR
            + "missing-internal-ref.yaml:20:15:"
            + " error[E007]: $ref '#/components/schemas/Cal' points to nothing: no 'Cal' in"
            + " '/components/schemas' (did you mean 'Call'?)");
  }

  @Test
  void missingFileRef() {
    assertRefused(
        "missing-file-ref.yaml",
        DIR
            + "missing-file-ref.yaml:20:15: error[E008]:"
            + " $ref 'common/schemas.yaml#/Call' names a file that does not exist: "
            + Path.of(DIR, "common/schemas.yaml"));
  }

  @Test
  void misspelledKeyWithSuggestion() {
    assertRefused(
        "typo-key.yaml",
        DIR
            + "typo-key.yaml:19:7: error[E003]: unknown key 'paylod'"
            + " in message 'CallStarted' (did you mean 'payload'?)");
  }

  @Test
  void misspelledKeyInJson() {
    assertRefused(
        "json-typo.json",
        DIR
            + "json-typo.json:7:9: error[E003]: unknown key"
            + " 'mesage' in subscribe of channel 'calls' (did you mean 'message'?)");
  }

  @Test
  void wrongOperationAction() {
    assertRefused(
        "wrong-action.yaml",
        DIR
            + "wrong-action.yaml:13:13: error[E013]: operation"
            + " 'onCall' has action 'publish'; AsyncAPI 3.0 allows only 'send' or 'receive'"
            + " (2.x 'publish' is 'receive' in 3.0)");
  }

  @Test
  void refCycleReportedOnceWithTheChain() {
    assertRefused(
        "ref-cycle.yaml",
        DIR
            + "ref-cycle.yaml:15:13: error[E010]: $ref cycle:"
            + " #/components/schemas/A -> #/components/schemas/B -> #/components/schemas/A");
  }

  @Test
  void unsupportedVersion() {
    assertRefused(
        "unsupported-version.yaml",
        DIR
            + "unsupported-version.yaml:1:11: error[E006]:"
            + " unsupported AsyncAPI version '4.0.0': eventgen reads 2.0.0 to 2.6.0, 3.0.0 and 3.1.0");
  }

  @Test
  void unsupportedSchemaFormat() {
    assertRefused(
        "unsupported-schema-format.yaml",
        DIR
            + "unsupported-schema-format.yaml:11:25: error[E012]: unsupported schemaFormat"
            + " 'application/vnd.google.protobuf;version=3' in message 'CallStarted': eventgen"
            + " reads JSON Schema, AsyncAPI, OpenAPI 3.0 and Avro 1.x schemas");
  }

  @Test
  void duplicateKey() {
    assertRefused(
        "duplicate-key.yaml",
        DIR
            + "duplicate-key.yaml:5:3: error[E004]: duplicate"
            + " key 'title' (first defined at line 3)");
  }

  @Test
  void remoteRef() {
    assertRefused(
        "remote-ref.yaml",
        DIR
            + "remote-ref.yaml:20:15: error[E009]: remote $ref"
            + " 'https://example.com/schemas/call.json' is not fetched: eventgen works offline;"
            + " save the document locally and map its URL prefix to that folder"
            + " (--ref-map <prefix>=<folder>; Maven: <refMaps>), or refer to it by a relative path");
  }

  @Test
  void everyErrorOfAFileInOneException() {
    String file = DIR + "several-errors.yaml";
    assertRefused(
        "several-errors.yaml",
        file
            + ":5:1: error[E003]: unknown key 'chanels' in the document (did you mean 'channels'?)",
        file
            + ":8:5: error[E003]: unknown key 'adress' in channel 'calls' (did you mean"
            + " 'address'?)",
        file
            + ":11:9: error[E003]: unknown key 'paylod' in message 'CallStarted' (did you mean"
            + " 'payload'?)",
        file
            + ":15:13: error[E013]: operation 'onCall' has action 'sned'; AsyncAPI 3.0 allows"
            + " only 'send' or 'receive' (did you mean 'send'?)");
  }

  @Test
  void notUtf8() {
    assertRefused(
        "not-utf8.yaml",
        DIR
            + "not-utf8.yaml:3:13: error[E001]: the file is not UTF-8:"
            + " byte 0xE9 at offset 34 cannot be decoded");
  }

  @Test
  void emptyFile() {
    assertRefused("empty.yaml", DIR + "empty.yaml:1:1: error[E001]: the file is empty");
  }

  @Test
  void topLevelList() {
    assertRefused(
        "top-level-list.yaml",
        DIR
            + "top-level-list.yaml:1:1: error[E005]: expected an"
            + " AsyncAPI document (a mapping with an 'asyncapi' key) but the file holds a list");
  }

  @Test
  void missingRootFile() {
    assertRefused("no-such-file.yaml", DIR + "no-such-file.yaml: error[E001]: file not found");
  }

  @Test
  void aValueOfTheWrongKindOnAnAsyncApiObject() {
    assertRefused(
        "wrong-kind.yaml",
        DIR
            + "wrong-kind.yaml:10:24: error[E005]: 'correlationId' in message 'CallStarted'"
            + " must be a mapping, not the number 5");
  }

  @Test
  void asyncApiCoreStackTracesNeverReachStderr() {
    PrintStream stderr = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      errors("wrong-kind.yaml");
      errors("wrong-action.yaml");
    } finally {
      System.setErr(stderr);
    }
    assertEquals("", captured.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aSchemaThatIncludesItselfThroughAllOf() {
    assertRefused(
        "allof-self.yaml",
        DIR
            + "allof-self.yaml:16:11: error[E016]: schema includes"
            + " itself through allOf ('#/components/schemas/Call')");
  }

  @Test
  void refsThatMultiplyBeyondReason() {
    assertRefused(
        "ref-laughs.yaml",
        DIR
            + "ref-laughs.yaml:1:1: error[E018]: the document"
            + " expands to more than 2000000 nodes once its $refs are followed; refer to shared"
            + " schemas less deeply");
  }

  @Test
  void jsonIndentedWithTabsLoads() {
    LoadedSpec spec = SpecLoader.load(Path.of(DIR + "tabs.json"));
    assertEquals("T", spec.api().title());
  }

  @Test
  void validJsonLoads() {
    LoadedSpec spec = SpecLoader.load(Path.of(DIR + "valid.json"));
    assertEquals(
        List.of("CallStarted"), spec.api().messages().stream().map(m -> m.name()).toList());
  }
}
