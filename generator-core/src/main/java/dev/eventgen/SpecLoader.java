package dev.eventgen;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventgen.build.ModelBuilder;
import dev.eventgen.check.SpecChecker;
import dev.eventgen.diagnostic.Diagnostics;
import dev.eventgen.diagnostic.ErrorCode;
import dev.eventgen.diagnostic.Location;
import dev.eventgen.diagnostic.SpecException;
import dev.eventgen.model.Api;
import dev.eventgen.parse.ExpansionGuard;
import dev.eventgen.parse.Layout;
import dev.eventgen.parse.RefResolver;
import dev.eventgen.parse.ResolvedSpec;
import dev.eventgen.parse.SourceFile;
import dev.eventgen.parse.SpecPositions;
import dev.eventgen.parse.SpecReader;
import dev.eventgen.parse.SpecVersion;
import dev.eventgen.parse.TraitMerger;
import java.nio.file.Path;

/**
 * Drives the front half of the pipeline: read, resolve ({@code parse}), check ({@code check}),
 * merge traits, build the model ({@code build}). Each stage collects every problem it finds; the
 * gate after it stops the run with one {@link SpecException} carrying all of them, so no stage ever
 * sees broken input. Nothing else escapes, whatever the input file holds.
 */
public final class SpecLoader {

  private SpecLoader() {}

  /** Loads the spec; remote refs are refused. See {@link #load(Path, RefMap)}. */
  public static LoadedSpec load(Path specFile) {
    return load(specFile, RefMap.NONE);
  }

  /**
   * Loads the spec.
   *
   * @param specFile the root document; diagnostics name it as given (relative stays relative)
   * @param refMap where remote refs are read from
   * @throws SpecException with every problem found
   */
  public static LoadedSpec load(Path specFile, RefMap refMap) {
    try {
      return load(specFile, refMap, new Diagnostics());
    } catch (SpecException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      throw new SpecException(
          ErrorCode.E017.at(
              new Location(specFile, 1, 1, ""),
              "internal error while reading the spec, please report it: " + e));
    }
  }

  private static LoadedSpec load(Path specFile, RefMap refMap, Diagnostics diagnostics) {
    SourceFile root = new SpecReader(diagnostics).read(specFile, specFile);
    diagnostics.gate();
    SpecVersion version = version(root, diagnostics);
    diagnostics.gate();
    ResolvedSpec spec = new RefResolver(diagnostics, refMap).resolve(root);
    diagnostics.gate();
    ExpansionGuard.check(spec, diagnostics);
    diagnostics.gate();
    Layout layout = Layout.of(version, spec.tree());
    SpecChecker.check(spec, layout, diagnostics);
    diagnostics.gate();
    new TraitMerger(spec.origins()).mergeAll(layout);
    Api api = ModelBuilder.build(spec, layout, diagnostics);
    diagnostics.gate();
    return new LoadedSpec(api, spec.files(), diagnostics.warnings(), new SpecPositions(spec));
  }

  private static SpecVersion version(SourceFile root, Diagnostics diagnostics) {
    JsonNode tree = root.root();
    if (!tree.isObject()) {
      ErrorCode.E005.report(
          diagnostics,
          root.locate("", false),
          "expected an AsyncAPI document"
              + " (a mapping with an 'asyncapi' key) but the file holds "
              + describe(tree));
      return null;
    }
    JsonNode asyncapi = tree.get("asyncapi");
    if (asyncapi == null) {
      ErrorCode.E005.report(
          diagnostics,
          root.locate("", false),
          "not an AsyncAPI document: the 'asyncapi' key is missing");
      return null;
    }
    SpecVersion version = SpecVersion.of(asyncapi.isTextual() ? asyncapi.asText() : null);
    if (version == null) {
      ErrorCode.E006.report(
          diagnostics,
          root.locate("/asyncapi", false),
          "unsupported AsyncAPI"
              + " version '"
              + asyncapi.asText()
              + "': eventgen reads 2.0.0 to 2.6.0, 3.0.0 and 3.1.0");
    }
    return version;
  }

  private static String describe(JsonNode node) {
    if (node.isArray()) {
      return "a list";
    }
    return node.isNull() ? "nothing" : "a single value";
  }
}
