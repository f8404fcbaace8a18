package dev.eventgen.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventgen.diagnostic.Diagnostics;
import dev.eventgen.diagnostic.ErrorCode;
import dev.eventgen.parse.Layout;
import dev.eventgen.parse.Nodes;
import dev.eventgen.parse.Origins;
import dev.eventgen.parse.SpecVersion;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that names written in one place of a document match their definitions elsewhere: the
 * security schemes a 2.x server or operation names, the parameters of a channel against the {@code
 * {name}} placeholders of its address, and 2.x payloads of another schema format written as a
 * {@code $ref} (springwolf 0.x writes these). The official parser refuses a document that breaks
 * these rules, but none changes the generated code, so all are warnings: the code is generated, and
 * the user learns what to fix.
 */
final class ReferenceChecker {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");

  private final Origins origins;
  private final Diagnostics diagnostics;

  ReferenceChecker(Origins origins, Diagnostics diagnostics) {
    this.origins = origins;
    this.diagnostics = diagnostics;
  }

  void check(JsonNode root, Layout layout) {
    if (layout.version() == SpecVersion.V2) {
      Set<String> schemes = Nodes.entries(root.path("components").get("securitySchemes")).keySet();
      layout
          .servers()
          .forEach((name, server) -> security(server, "server '" + name + "'", schemes));
      layout
          .operations()
          .forEach(op -> security(op.node(), "operation '" + op.name() + "'", schemes));
      layout.messageNodes().forEach(this::foreignPayloadRef);
    } else {
      layout.servers().forEach((name, server) -> schemes(server, "server '" + name + "'"));
      layout.operations().forEach(op -> schemes(op.node(), "operation '" + op.name() + "'"));
    }
    layout.channels().forEach(this::parameters);
  }

  /** 3.0 lists the schemes themselves (or refs to them), not 2.x's requirement mappings. */
  private void schemes(JsonNode holder, String label) {
    for (JsonNode scheme : Nodes.items(holder.get("security"))) {
      if (!scheme.has("type")) {
        ErrorCode.W006.report(
            diagnostics,
            origins.locate(scheme),
            label
                + " lists a security scheme without a 'type': AsyncAPI 3.0 lists security scheme"
                + " objects or $refs to them ('- name: []' is the 2.x form)");
      }
    }
  }

  private void security(JsonNode holder, String label, Set<String> schemes) {
    for (JsonNode requirement : Nodes.items(holder.get("security"))) {
      for (String scheme : Nodes.fields(requirement).keySet()) {
        if (!schemes.contains(scheme)) {
          ErrorCode.W006.report(
              diagnostics,
              origins.locateKey(requirement, scheme),
              label
                  + " names the security scheme '"
                  + scheme
                  + "', which components.securitySchemes does not define");
        }
      }
    }
  }

  private void foreignPayloadRef(JsonNode message) {
    String format = Nodes.text(message, "schemaFormat");
    Origins.Origin at = origins.of(message);
    Origins.Origin payload = origins.of(message.path("payload"));
    if (SchemaFormats.isJsonSchema(format) || at == null || payload == null) {
      return;
    }
    boolean written =
        at.file() == payload.file() && payload.pointer().equals(at.pointer() + "/payload");
    if (!written) {
      ErrorCode.W008.report(
          diagnostics,
          origins.locateKey(message, "payload"),
          "the payload, in schemaFormat '"
              + format
              + "', is a $ref: AsyncAPI 2.x allows a $ref there only for AsyncAPI schemas"
              + " (eventgen reads it all the same)");
    }
  }

  private void parameters(Layout.ChannelEntry channel) {
    Set<String> placeholders = new LinkedHashSet<>();
    Matcher m = PLACEHOLDER.matcher(channel.address() == null ? "" : channel.address());
    while (m.find()) {
      placeholders.add(m.group(1));
    }
    Map<String, JsonNode> parameters = Nodes.entries(channel.node().get("parameters"));
    JsonNode holder = channel.node().get("parameters");
    for (String name : parameters.keySet()) {
      if (!placeholders.contains(name)) {
        ErrorCode.W007.report(
            diagnostics,
            origins.locateKey(holder, name),
            "parameter '"
                + name
                + "' of channel '"
                + channel.name()
                + (channel.address() == null
                    ? "' is not used: the channel has no address"
                    : "' does not appear in its address '" + channel.address() + "'"));
      }
    }
    for (String name : placeholders) {
      if (!parameters.containsKey(name)) {
        ErrorCode.W007.report(
            diagnostics,
            origins.locate(channel.node()),
            "channel '"
                + channel.name()
                + "' has '{"
                + name
                + "}' in its address but no parameter '"
                + name
                + "'");
      }
    }
  }
}
