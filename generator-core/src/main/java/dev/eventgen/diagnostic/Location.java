package dev.eventgen.diagnostic;

import java.nio.file.Path;

/**
 * A place in a spec file: 1-based line and column, plus the JSON pointer of the node there. {@link
 * #UNKNOWN} stands for problems that belong to no file (bad options, I/O on the output).
 */
public record Location(Path file, int line, int column, String pointer) {

  public static final Location UNKNOWN = new Location(null, 0, 0, "");

  public Location {
    pointer = pointer == null ? "" : pointer;
  }

  public static Location of(Path file) {
    return new Location(file, 0, 0, "");
  }

  /** {@code file:line:col}, the prefix javac and most editors understand. */
  public String render() {
    if (file == null) {
      return "<unknown>";
    }
    String name = file.toString();
    return line > 0 ? name + ":" + line + ":" + column : name;
  }

  @Override
  public String toString() {
    return render();
  }
}
