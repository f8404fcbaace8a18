package dev.eventgen.diagnostic;

/**
 * Every diagnostic code eventgen reports, in one place. Codes are stable: users search for them and
 * tests assert them. {@code E} codes stop generation, {@code W} codes are warnings.
 */
public enum ErrorCode {
  E001("a file cannot be read: missing, unreadable, not UTF-8 or empty"),
  E002("the file is not valid YAML or JSON"),
  E003("unknown key at this place of an AsyncAPI document"),
  E004("duplicate key in a mapping"),
  E005("not an AsyncAPI document, or a value has the wrong shape"),
  E006("unsupported AsyncAPI version (2.0.0-2.6.0, 3.0.0 and 3.1.0 are supported)"),
  E007("a $ref points to nothing"),
  E008("a $ref names a file that cannot be read"),
  E009("a $ref names a remote (http/https) document that no ref map maps to a local folder"),
  E010("a chain of $refs leads back to itself"),
  E011("no longer reported: what asyncapi-core cannot read is read by eventgen itself"),
  E012("unsupported schemaFormat (JSON Schema, AsyncAPI, OpenAPI 3.0 and Avro 1.x are read)"),
  E013("invalid operation action (3.0 allows only send and receive)"),
  E014("two names collide once made Java identifiers"),
  E015("something the model needs is missing"),
  E016("a schema includes itself through allOf, which has no finite shape"),
  E017("internal error while reading the spec (a bug in eventgen)"),
  E018("the document is too large once its $refs are expanded"),
  W001("keys next to a $ref are ignored"),
  W002("a schema construct that is modelled as a plain Object"),
  W003("unknown JSON Schema keyword, ignored"),
  W004("no longer reported (see E011)"),
  W005("a value of the wrong kind that is read as text or ignored"),
  W006("a security requirement names a scheme the document does not define"),
  W007("a channel parameter and the placeholders of the channel's address do not match"),
  W008("a 2.x payload in another schema format is a $ref, which AsyncAPI 2.x does not allow"),
  W009("a document-level rule the official parser enforces that changes no generated code"),
  W010("a message's content type is not JSON, which the generated code reads and writes"),
  W011("a JSON Schema rule that the generated code does not check (a format or pattern it cannot)");

  private final String meaning;

  ErrorCode(String meaning) {
    this.meaning = meaning;
  }

  /** One line saying what the code means. */
  public String meaning() {
    return meaning;
  }

  public boolean isWarning() {
    return name().startsWith("W");
  }

  public Diagnostic at(Location location, String message) {
    return isWarning()
        ? Diagnostic.warning(name(), location, message)
        : Diagnostic.error(name(), location, message);
  }

  /** Adds this problem to the collector. */
  public void report(Diagnostics diagnostics, Location location, String message) {
    diagnostics.add(at(location, message));
  }
}
