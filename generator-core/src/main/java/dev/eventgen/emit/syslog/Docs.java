package dev.eventgen.emit.syslog;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.eventgen.emit.Javadocs;

/**
 * Javadoc of the syslog types: {@code $T} links become the simple names before the text is wrapped,
 * so the lines are measured as they will be written. Every type linked this way is used in the code
 * of the same file too, so it is imported.
 */
final class Docs {

  private Docs() {}

  static CodeBlock of(String template, ClassName... links) {
    StringBuilder text = new StringBuilder();
    int next = 0;
    int at = 0;
    for (int i = template.indexOf("$T"); i >= 0; i = template.indexOf("$T", at)) {
      text.append(template, at, i).append(links[next++].simpleName());
      at = i + 2;
    }
    text.append(template.substring(at));
    return CodeBlock.of("$L", Javadocs.wrap(text.toString()));
  }
}
