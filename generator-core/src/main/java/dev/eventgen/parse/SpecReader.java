package dev.eventgen.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventgen.diagnostic.Diagnostics;
import dev.eventgen.diagnostic.ErrorCode;
import dev.eventgen.diagnostic.Location;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one YAML or JSON file (JSON is read as the YAML it is) into a {@link SourceFile}: a Jackson
 * tree plus the position of every node. Every problem becomes a positioned diagnostic; nothing is
 * thrown.
 */
public final class SpecReader {

  /** SnakeYAML's defaults, but room for large generated specs (its default stops at 3 MB). */
  private static final LoaderOptions LOADER_OPTIONS = loaderOptions();

  private final Diagnostics diagnostics;

  public SpecReader(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * Reads the file, or returns null after reporting why it cannot be read.
   *
   * @param path the file to open
   * @param shownAs how diagnostics name the file
   */
  public SourceFile read(Path path, Path shownAs) {
    String text = text(path, shownAs);
    if (text == null) {
      return null;
    }
    Node node = compose(text, shownAs);
    if (node == null) {
      return null;
    }
    YamlTreeBuilder builder = new YamlTreeBuilder(shownAs, diagnostics);
    JsonNode root = builder.build(node, "");
    return new SourceFile(path.toAbsolutePath().normalize(), shownAs, root, builder.positions());
  }

  private String text(Path path, Path shownAs) {
    try {
      return TextDecoder.decode(Files.readAllBytes(path));
    } catch (NoSuchFileException e) {
      ErrorCode.E001.report(diagnostics, Location.of(shownAs), "file not found");
    } catch (IOException e) {
      ErrorCode.E001.report(diagnostics, Location.of(shownAs), "cannot read the file: " + e);
    } catch (TextDecoder.BadByteException e) {
      TextDecoder.BadByte bad = e.badByte();
      ErrorCode.E001.report(
          diagnostics,
          new Location(shownAs, bad.position().line(), bad.position().column(), ""),
          String.format(
              "the file is not UTF-8: byte 0x%02X at offset %d cannot be decoded",
              bad.value(), bad.offset()));
    }
    return null;
  }

  /**
   * Composes the YAML node graph. JSON is YAML, except that YAML forbids tabs where JSON allows
   * them as whitespace; a JSON string cannot hold a raw tab, so in a JSON document every tab is
   * whitespace and becomes a space (columns stay the same).
   */
  private Node compose(String content, Path shownAs) {
    boolean json = content.stripLeading().startsWith("{");
    String text = json ? content.replace('\t', ' ') : content;
    String syntax = json ? "invalid JSON: " : "invalid YAML: ";
    try {
      Node node = new Yaml(LOADER_OPTIONS).compose(new StringReader(text));
      if (node == null) {
        ErrorCode.E001.report(diagnostics, at(shownAs, Position.START), "the file is empty");
      }
      return node;
    } catch (MarkedYAMLException e) {
      Position where = YamlTreeBuilder.position(e.getProblemMark());
      ErrorCode.E002.report(diagnostics, at(shownAs, where), syntax + describe(e));
    } catch (YAMLException e) {
      ErrorCode.E002.report(diagnostics, at(shownAs, Position.START), syntax + e.getMessage());
    }
    return null;
  }

  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(64 * 1024 * 1024);
    return options;
  }

  private static String describe(MarkedYAMLException e) {
    String context = e.getContext();
    String problem = e.getProblem();
    if (context == null) {
      return problem;
    }
    Position contextAt = YamlTreeBuilder.position(e.getContextMark());
    return problem + " (" + context + " at line " + contextAt.line() + ")";
  }

  private static Location at(Path shownAs, Position position) {
    return new Location(shownAs, position.line(), position.column(), "");
  }
}
