package dev.eventgen.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventgen.RefMap;
import dev.eventgen.diagnostic.Diagnostics;
import dev.eventgen.diagnostic.ErrorCode;
import dev.eventgen.parse.Origins.Origin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Replaces every {@code $ref} by the node it points to: internal ({@code #/components/..}),
 * relative files ({@code ../common/x.yaml#/A}, relative to the file the ref is written in), and
 * refs inside referenced files, and remote refs whose URL prefix is mapped to a local folder
 * ({@link RefMap}; read like relative files). Each node is resolved once and shared. A ref back
 * into a node still being resolved (a schema recursive through its properties) stays a {@code $ref}
 * and is recorded in {@link Origins}; a chain of refs that returns to itself is an error.
 */
public final class RefResolver {

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private final Diagnostics diagnostics;
  private final RefTargets targets;
  private final Map<String, JsonNode> resolved = new HashMap<>();
  private final Set<String> inProgress = new LinkedHashSet<>();
  private final Set<String> reportedCycles = new HashSet<>();
  private Origins origins;

  public RefResolver(Diagnostics diagnostics) {
    this(diagnostics, RefMap.NONE);
  }

  public RefResolver(Diagnostics diagnostics, RefMap refMap) {
    this.diagnostics = diagnostics;
    this.targets = new RefTargets(new SpecReader(diagnostics), diagnostics, refMap);
  }

  /** Resolves the whole document; problems are reported, never thrown. */
  public ResolvedSpec resolve(SourceFile root) {
    origins = new Origins(root);
    targets.register(root);
    JsonNode tree = resolve(root, "", root.root());
    return new ResolvedSpec(root, tree, origins, targets.paths());
  }

  private JsonNode resolve(SourceFile file, String pointer, JsonNode node) {
    if (!RefTargets.isRef(node)) {
      return resolveContainer(file, pointer, node);
    }
    warnAboutSiblings(file, pointer, node);
    RefTargets.Target target = follow(file, pointer, node);
    if (target == null) {
      return NODES.nullNode();
    }
    if (inProgress.contains(target.key())) {
      return backRef(file, pointer, node, resolved.get(target.key()));
    }
    return resolveContainer(target.file(), target.pointer(), target.node());
  }

  private JsonNode resolveContainer(SourceFile file, String pointer, JsonNode node) {
    if (!node.isContainerNode()) {
      return node;
    }
    String key = new RefTargets.Target(file, pointer, node).key();
    JsonNode done = resolved.get(key);
    if (done != null) {
      return done;
    }
    JsonNode copy = node.isObject() ? NODES.objectNode() : NODES.arrayNode();
    resolved.put(key, copy);
    inProgress.add(key);
    origins.put(copy, new Origin(file, pointer));
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) copy;
      for (Map.Entry<String, JsonNode> e : Nodes.fields(node).entrySet()) {
        object.set(
            e.getKey(), resolve(file, JsonPointer.append(pointer, e.getKey()), e.getValue()));
      }
    } else {
      for (int i = 0; i < node.size(); i++) {
        ((ArrayNode) copy).add(resolve(file, JsonPointer.append(pointer, i), node.get(i)));
      }
    }
    inProgress.remove(key);
    return copy;
  }

  /** A ref to an enclosing node: kept as a ref so the tree stays finite. */
  private JsonNode backRef(SourceFile file, String pointer, JsonNode ref, JsonNode target) {
    ObjectNode copy = NODES.objectNode().put("$ref", ref.get("$ref").asText());
    origins.put(copy, new Origin(file, pointer));
    origins.putBackRef(copy, target);
    return copy;
  }

  /** Follows a chain of refs to the first node that is not a ref; null if it breaks. */
  private RefTargets.Target follow(SourceFile file, String pointer, JsonNode ref) {
    List<RefTargets.Target> chain = new ArrayList<>();
    RefTargets.Target current = new RefTargets.Target(file, pointer, ref);
    while (RefTargets.isRef(current.node())) {
      String key = current.key();
      int seen = chain.stream().map(RefTargets.Target::key).toList().indexOf(key);
      if (seen >= 0) {
        reportCycle(chain.subList(seen, chain.size()));
        return null;
      }
      chain.add(current);
      current =
          targets.target(current.file(), current.pointer(), current.node().get("$ref").asText());
      if (current == null) {
        return null;
      }
    }
    return current;
  }

  /** Reports a cycle once, at the first of its refs the document reaches, naming each member. */
  private void reportCycle(List<RefTargets.Target> cycle) {
    Set<String> members = new TreeSet<>();
    cycle.forEach(t -> members.add(t.key()));
    if (!reportedCycles.add(String.join("|", members))) {
      return;
    }
    SourceFile first = cycle.get(0).file();
    List<String> names = new ArrayList<>();
    for (RefTargets.Target t : cycle) {
      names.add((t.file() == first ? "" : t.file().shownAs().toString()) + "#" + t.pointer());
    }
    names.add(names.get(0));
    ErrorCode.E010.report(
        diagnostics,
        first.locate(JsonPointer.append(cycle.get(0).pointer(), "$ref"), false),
        "$ref cycle: " + String.join(" -> ", names));
  }

  private void warnAboutSiblings(SourceFile file, String pointer, JsonNode ref) {
    if (ref.size() > 1) {
      List<String> others = new ArrayList<>();
      ref.fieldNames().forEachRemaining(key -> others.add("'" + key + "'"));
      others.remove("'$ref'");
      ErrorCode.W001.report(
          diagnostics,
          file.locate(pointer, false),
          "keys next to $ref are ignored: " + String.join(", ", others));
    }
  }
}
