package dev.eventgen.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventgen.diagnostic.Diagnostics;
import dev.eventgen.parse.Layout;
import dev.eventgen.parse.ResolvedSpec;
import dev.eventgen.parse.SpecBinder.Binding;
import dev.eventgen.parse.SpecVersion;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The check stage: every problem of a resolved, bound document, with positions, collected before
 * anything is built. Specific checks run first; the comparison with what asyncapi-core bound (from
 * the {@link dev.eventgen.parse.BindingView}) then reports only the drops they did not already
 * explain.
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

  public static void check(
      ResolvedSpec spec,
      Layout layout,
      JsonNode bindingView,
      Binding binding,
      Diagnostics diagnostics) {
    Set<JsonNode> flagged = Collections.newSetFromMap(new IdentityHashMap<>());
    Place root = layout.version() == SpecVersion.V3 ? V3.ROOT : V2.ROOT;
    Place schema = root.child("components").place().child("schemas").place();
    Map<JsonNode, Class<?>> boundClasses = new IdentityHashMap<>();
    new KeyChecker(spec.origins(), diagnostics, flagged, boundClasses, schema)
        .checkDocument(spec.tree(), root);
    new RuleChecker(spec.origins(), diagnostics, flagged).check(spec.tree(), layout);
    DropChecker drops = new DropChecker(spec.origins(), diagnostics, flagged, boundClasses);
    if (binding.boundTree() != null) {
      drops.compare(bindingView, binding.boundTree(), false);
    } else {
      drops.reportFailure(bindingView, binding.failurePath(), binding.failure());
    }
  }
}
