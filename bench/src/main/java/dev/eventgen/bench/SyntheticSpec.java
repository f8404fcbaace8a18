package dev.eventgen.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes an AsyncAPI 3.0 document with N channels, each with its own message and a payload of
 * the CVP kind (envelope via allOf, enum, nested object, list, date-time), so generator cost can
 * be measured against size.
 */
final class SyntheticSpec {

  private SyntheticSpec() {}

  /**
   * The spec a benchmark's {@code spec} parameter names, written into {@code dir}: {@code cvp}
   * for the CVP document, or a channel count for a synthetic spec of that size.
   */
  static Path forParameter(Path dir, String spec) throws IOException {
    if (!spec.equals("cvp")) {
      return write(dir, Integer.parseInt(spec));
    }
    Path file = dir.resolve("cvp-call-events.yaml");
    try (InputStream in =
        SyntheticSpec.class.getResourceAsStream("/eventgen/spec/cvp-call-events.yaml")) {
      Files.copy(in, file);
    }
    return file;
  }

  static Path write(Path dir, int channels) throws IOException {
    StringBuilder yaml = new StringBuilder(channels * 700);
    yaml.append("asyncapi: 3.0.0\ninfo:\n  title: Synthetic ")
        .append(channels)
        .append(" channels\n  version: 1.0.0\n")
        .append("servers:\n  jms:\n    host: 'localhost:61616'\n    protocol: jms\n")
        .append("channels:\n");
    for (int i = 0; i < channels; i++) {
      yaml.append("  ch").append(i).append(":\n")
          .append("    address: synthetic/ch").append(i).append('\n')
          .append("    messages:\n      M").append(i).append(":\n")
          .append("        $ref: '#/components/messages/M").append(i).append("'\n")
          .append("    bindings:\n      jms:\n        destination: synthetic.ch").append(i)
          .append('\n');
    }
    yaml.append("operations:\n");
    for (int i = 0; i < channels; i++) {
      yaml.append("  on").append(i).append(":\n    action: send\n")
          .append("    channel:\n      $ref: '#/channels/ch").append(i).append("'\n");
    }
    yaml.append("components:\n  messages:\n");
    for (int i = 0; i < channels; i++) {
      yaml.append("    M").append(i).append(":\n      payload:\n")
          .append("        $ref: '#/components/schemas/P").append(i).append("'\n");
    }
    yaml.append("  schemas:\n")
        .append("    Envelope:\n      type: object\n      required: [id, at]\n      properties:\n")
        .append("        id: {type: string, format: uuid}\n")
        .append("        at: {type: string, format: date-time}\n")
        .append("        level: {type: string, enum: [low, mid, high]}\n");
    for (int i = 0; i < channels; i++) {
      yaml.append("    P").append(i).append(":\n      allOf:\n")
          .append("        - $ref: '#/components/schemas/Envelope'\n")
          .append("        - type: object\n          required: [kind]\n          properties:\n")
          .append("            kind: {type: string, const: kind").append(i).append("}\n")
          .append("            count: {type: integer, minimum: 0}\n")
          .append("            tags: {type: array, items: {type: string}}\n")
          .append("            detail:\n              type: object\n              properties:\n")
          .append("                host: {type: string}\n")
          .append("                value: {type: number}\n");
    }
    Path file = dir.resolve("synthetic-" + channels + ".yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return file;
  }
}
