package dev.eventgen.check;

import dev.eventgen.diagnostic.Diagnostics;
import dev.eventgen.parse.Layout;
import dev.eventgen.parse.ResolvedSpec;
import dev.eventgen.parse.SpecVersion;

/**
 * The check stage: every problem of a resolved document, with positions, collected before anything
 * is built. The document is never bound with asyncapi-core: the model is built from eventgen's own
 * tree, so the library's gaps (OpenAPI keywords, message-level oneOf, examples holding objects) are
 * no reason to refuse a document. The library still serves as the grammar: its classes give the
 * keys and value kinds each AsyncAPI object allows.
 */
public final class SpecChecker {

  // Built once, on first use: each place introspects an asyncapi-core class for its keys, and a
  // run reads one version only, so the other version's classes are never loaded.
  private static final class V2 {
    static final Place ROOT = Grammar.v2();
  }

  private static final class V3 {
    static final Place ROOT = Grammar.v3();
  }

  private SpecChecker() {}

  public static void check(ResolvedSpec spec, Layout layout, Diagnostics diagnostics) {
    Place root = layout.version() == SpecVersion.V3 ? V3.ROOT : V2.ROOT;
    Place schema = root.child("components").place().child("schemas").place();
    new KeyChecker(spec.origins(), diagnostics, schema).checkDocument(spec.tree(), root);
    new RuleChecker(spec.origins(), diagnostics).check(spec.tree(), layout);
    new ReferenceChecker(spec.origins(), diagnostics).check(spec.tree(), layout);
  }
}
